/**
 * English cues for what an ask asks the reader to do (see asks/action.ts). The list is ordered:
 * the first class whose cue matches names the ask, so the heavier or more specific step wins
 * ("book 12 places and send you the invoice" is a purchase, not a meeting). Patterns run on the
 * lowercased ask text with links removed; `linkCues` only count when the ask carries a link
 * ("Podcast: <url>"), because the bare noun in a sentence ("short creator videos") is no action.
 */
import type { ActionLexicon } from '../asks/action';

export const EN_ACTIONS: ActionLexicon = {
  classes: [
    // rules.md, cta/too-big and cta/multiple: the closing decisions.
    { key: 'sign', cues: [/\b(?:counter)?sign(?:s|ed|ing)?\b(?![\s-]*(?:(?:you|me|us|them|him|her|your team) )?(?:up|in|on|into)\b)|\b(?:e-?signature|docusign)\b/u] },
    { key: 'approve', cues: [/\b(?:approve|approving|sign[\s-]off on|green[\s-]?light (?:the|this|it|our)|(?:give|grant) (?:us |me )?(?:your |the )?(?:approval|go-?ahead|green light|sign-off)|(?:your|the) (?:approval|go-?ahead|sign-off) (?:for|on|of|to)|accept (?:the|our|this|my) (?:quote|proposal|offer|terms|estimate))\b/u] },
    {
      key: 'buy',
      cues: [
        /\b(?:buy|purchase|order (?:now|today|here|your)|(?:place|first|an?) order|put you down for|purchase order|po details|activate \w+ seats|lock in|(?:pay|settle|send (?:you |me |us )?)(?:the |our |this |your |an )?invoice|invoice (?:me|us|details)|checkout|add to cart|upgrade (?:now|today|to|your))\b/u,
        /\b(?:code|coupon|discount)\b.*\b(?:off|discount)\b|\d+\s?% off\b/u,
      ],
    },
    // Asking for a price offer ("request a quote"): one step however it is worded.
    { key: 'quote', cues: [/\b(?:(?:request|get|ask for|claim) (?:a |an |your |our )?(?:free |no[\s-]obligation )*(?:quote|quotation|estimate|proposal)|(?:free |no[\s-]obligation )+(?:quote|quotation|estimate))\b/u] },
    // Sign-ups for events, courses, lists (sales-writing practice: "save your seat", "RSVP").
    {
      key: 'signup',
      cues: [
        // "Would you like to join?", "Interested in attending?": joining with no object is the event on offer.
        /\b(?:join|joining|attend|attending|take part|taking part|participate|participating|be there|come along|come)(?: us| in)?\s*[?.!]*\s*$/u,
        /\b(?:sign[\s-]?up|(?:pre-?)?register|(?:pre-?)?registration|enrol+|rsvp|save (?:your|a) (?:seat|spot)|claim (?:your|a) (?:seat|spot)|join (?:us|our|the|this)\b|waitlist|webinar|masterclass|live session|live walkthrough|bootcamp|roundtable|round table|conference|summit|seminar|meetup|meet-up|open day|livestream|event)\b|\bworkshop\b(?!(?: \S+){0,4} (?:with|for) (?:you|your)\b)/u,
      ],
    },
    { key: 'download', cues: [/\b(?:download|grab (?:your|a|the|our) (?:free )?(?:copy|guide|checklist|template|report|e-?book|whitepaper|playbook|benchmark)|get (?:your|the|our) (?:free )?(?:copy|guide|checklist|template|report|e-?book|whitepaper|playbook))\b/u] },
    { key: 'watch', cues: [/\b(?:watch|rewatch|stream)\b/u], linkCues: [/\b(?:video|recording|replay|trailer|clip)\b/u] },
    { key: 'listen', cues: [/\b(?:listen|tune in)\b/u], linkCues: [/\b(?:podcast|episode)\b/u] },
    { key: 'read', cues: [/^(?:please |go |do )?read\b|\bread (?:the|our|my|more|this|it|about)\b/u], linkCues: [/\b(?:article|blog|post|case study|story|paper)\b/u] },
    // Calling the writer's demo line tries the product ("Have you called the demo line?"), it books no meeting.
    { key: 'try', cues: [/\b(?:try|trial|test[\s-]drive|take it for a spin|start (?:for )?free|free account|sandbox)\b|\b(?:call|called|calling|ring|rang|dial|dialled|dialed) (?:\w+ ){0,2}(?:the|our|my) (?:\w+ )?(?:demo|test line|receptionist|assistant)\b/u] },
    { key: 'follow', cues: [/\bfollow (?:us|me|our|my|along)\b|\bgive (?:us|me|our|my|the) (?:\S+ ){0,3}?a follow\b|\bsubscribe to (?:our|my|the) (?:newsletter|channel|podcast|list|blog)\b|\bnewsletter\b/u] },
    // Asking for visible support of a post or launch.
    { key: 'support', cues: [/\b(?:vote|upvote|repost|reshare|retweet|like (?:this|the|our) post|like if|share (?:this|the) post|tag (?:a|someone|\d+|two|three|your)|your support|support (?:us|me|our))\b/u] },
    // Bringing in a colleague (sales practice: the referral ask "who handles …?").
    {
      key: 'refer',
      cues: [
        // Passing the post on: "Tag someone who needs this", "Send this to a colleague".
        /\btag (?:them|someone|somebody|a (?:friend|colleague)|\d+|your)\b|\bsend (?:this|it) to (?:someone|a (?:friend|colleague)|your)\b/u,
        // Passing the word on: "tell your ops team about it", "let your colleagues know".
        /\btell (?:your|the) (?:\w+ ){0,3}(?:team|colleagues?|boss|manager|friends?|network|peers?)\b|\blet your (?:\w+ ){0,2}(?:team|colleagues?|boss|manager) know\b/u,
        /\b(?:forward(?:ing)? (?:this|it|the|my|our|me|them|on)|pass (?:this|it) (?:on|along)|introduce|introduction|intro to|right person|best person|right contact|who (?:handles|owns|manages|runs|is responsible|looks after|would be|should i|decides)|point me|loop in|share (?:this|it) with (?:your|the|a)|cc|copy in|add (?:\w+ ){1,4}to (?:this|the) (?:thread|email|conversation|call))\b/u,
      ],
    },
    // The reader contacts the writer through a channel (alternatives like "call or email me" are one ask).
    {
      key: 'contact',
      cues: [
        /^(?:e-?mail|phone|tel|call|whatsapp)\s*:|\b(?:dm|direct message|message me|inbox me|e-?mail me|mail me|call me|ring me|text me|whatsapp me|give me a (?:call|ring|shout)|drop me a (?:line|note|message|dm)|get in touch|contact (?:me|us)|reach (?:me|us) (?:at|on))\b/u,
      ],
    },
    // The reader sends material ("could you send me last month's volumes?").
    // Confirming something (a plan, a date, an order): one step, however often it is asked.
    // "Link in eerste comment": a place to go, not a reply to write.
    { key: 'visit', cues: [/\b(?:link|links)\b[^.!?\n]{0,25}\b(?:comment|comments)\b/u] },
    { key: 'confirm', cues: [/\b(?:confirm|confirming|confirmation)\b/u] },
    { key: 'send', cues: [/\b(?:send|forward|share|email|mail) (?:me|us)\b(?! (?:a|an) (?:dm|message|line|note))|\b(?:could|can|would|will) you (?:please )?(?:send|share|upload|fill)\b|\bfill (?:in|out)\b|\b(?:send|drop|email|mail|forward|submit|upload) (?:in |over )?(?:your|a|the) (?:updated |latest )?(?:resume|cv|portfolio|deck|files?|documents?)\b/u] },
    // A conversation: call, meeting, demo, a slot in the calendar (rules.md examples).
    {
      key: 'meeting',
      cues: [
        /\b(?:call|chat|talk|speak|meet|meeting|demo|demonstration|presentation|walkthrough|walk you through|show you|workshop|coffee|catch up|catch-up|jump on|hop on|zoom|video call|conversation|sit down|slot|calendar|calendly|availab\w*(?! (?:now |freely )?(?:at|on|from|via)\b)|(?<!\btakes?\s(?:about |only |just |around |roughly )?)(?:\d+|few|couple of)[\s-]*(?:minutes?|mins?)(?! (?:to read|read|to complete|to fill))|quick word|see (?:how )?it (?:in action|works?)|book (?:a|an) (?:date|time|appointment)|(?:book|schedule) (?:it |one |yours |a session )?(?:directly |right )?(?:here|via|through|using|below|with me)|appointment|visit you|come by|drop by|pop in)\b/u,
        /\b(?:monday|tuesday|wednesday|thursday|friday|next week|this week|tomorrow)\b/u,
      ],
    },
    { key: 'connect', cues: [/\b(?:connect|connecting|connection)\b|\bpart of my (?:\w+ )?network\b|\baccept (?:my|this|the) (?:invitation|invite|request)\b/u] },
    // The reader answers: a view, interest, yes/no, a comment (rules.md: "what do you think …").
    {
      key: 'reply',
      cues: [
        /\b(?:reply|respond|answer|let me know|tell me|thoughts|what do you think|your (?:view|take|opinion|experience)|comment|comments|below|interested|open to|worth|makes? sense|relevant|shall i|should i|want me to|would you like me to|can i send|(?:may|can|could) i (?:send|provide|share|email|forward|pass on)|(?:one|single) word (?:back|is)|yes|(?:had|have) a chance to|wondering (?:if|whether|how|what)|curious (?:if|whether|how|what)|(?:explain|describe|clarify|outline) (?:\w+ ){0,2}(?:what|how|which|why|your))\b/u,
      ],
    },
    // A place to go ("Learn more: <url>", "check out our site").
    { key: 'visit', cues: [/\b(?:visit|check out|go to|head to|take a look|have a look|learn more|find out more|more info(?:rmation)?|see (?:more|our|the)|link)\b/u] },
  ],
  // Openers that make an ask depend on the previous one (rules.md: "If it fits, shall we talk?"):
  // a condition that points back ("if so", "if it fits", "if that sounds useful", "if not"). "If it's
  // easier, …" offers an alternative instead, which competes like any other ask. Liking what was shown
  // ("If you like the concept above, …") points back too, and so does the way out of the same decision:
  // "Not the right time? Let me know and I'll check back in spring."
  followUp:
    /^(?:(?:and|so|then|but|or)[\s,]+)?(?:(?:if|in case)[\s,]+(?:however[\s,]+)?(?!(?:it|that|this)(?:'s| is| would be| were) (?:easier|simpler|quicker|faster|better|more convenient|preferable)\b)(?:so|yes|not|it|that|this|these|the idea|the answer|you agree|you (?:like|liked|love|loved|enjoyed) (?:it|them|this|that|what you see|the (?:\S+ ){0,2}?(?:above|below|idea|concept|design|draft|mockup|demo|video|look|approach|plan|proposal|sample|example))|you(?:'re| are) (?:interested|open|keen)|you(?:'re| are) (?:no longer|not|not yet|not currently) (?:in the market|interested|looking|searching|a fit)|(?:it|that|this)(?:'s| is| does| sounds| fits| appeals| resonates| makes sense))|not (?:now|right now|the right time|a good time|a fit|a priority|interested)|(?:(?:if|in case) )?(?:neither|none of (?:these|them|those)) (?:works?|suits?|fits?|is right)|(?:if|in case) (?:the|your) answer is (?:no|yes)|(?:if|when|once) you(?:'ve| have)? (?:scored?|got|finished|completed|tried|taken|done|ran|run) |(?:is )?(?:now|the timing) (?:not|isn't) (?:right|ideal|a good time))\b/u,
  // How to give the answer to the ask before it (cold-email practice: "Reply YES and I'll send it").
  thenStep: /^(?:then|if so|if yes)\b/u,
  // A one-word interest label before the step ("Interested? Sign up here: …") is that step's lead-in.
  curiosityLead: /^(?:still |even )?(?:interested|curious|intrigued|keen|tempted|want in|want more|want to know more|more info)\s*\?\s*$|^(?:(?:and|so)\s+)?(?:(?:do|would) you )?(?:want|like|care|wish) to (?:know|see|find out|learn|check|discover) (?:where|what|how|if|whether|which|why|when)\b[^?]*\?\s*$|^(?:curious|wondering) (?:where|what|how|if|whether|which|why)\b[^?]*\?\s*$|^(?:(?:so|and)\s+)?(?:are you |is your (?:team|company|business) )?ready (?:to|for)\b[^?]*\?\s*$/u,
  answerChannel: /^(?:(?:just|simply|or|and)[\s,]+)?(?:reply|respond|answer|hit reply|write back)\b/u,
  // Attention labels in front of the message ("PLEASE READ: our pilot is open."), not a request to read something.
  attention: /^\W*(?:please |do )?(?:read|note)(?: (?:this|carefully|first|me|on))?\s*(?:[:!\-–—]|$)|^\W*(?:nb|n\.b\.|attention|important|heads up)\s*[:!]/u,
};
