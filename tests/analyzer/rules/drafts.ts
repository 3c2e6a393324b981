/**
 * What the rule case tables share: the analyze options of each language and kind, and a mail
 * put together from its greeting, body and sign-off.
 */
export const en = { lang: 'en' } as const;
export const nl = { lang: 'nl' } as const;
export const enPost = { lang: 'en', kind: 'post' } as const;
export const nlPost = { lang: 'nl', kind: 'post' } as const;
export const enMessage = { lang: 'en', kind: 'message' } as const;
export const nlMessage = { lang: 'nl', kind: 'message' } as const;
export const enComment = { lang: 'en', kind: 'comment' } as const;
export const enReply = { lang: 'en', thread: 'reply' } as const;
export const nlReply = { lang: 'nl', thread: 'reply' } as const;

export const mail = (greeting: string, body: string, signOff: string): string => `${greeting}\n\n${body}\n\n${signOff}`;
