/**
 * English guilt and nagging about the reader's silence for cta/pushy (rules.md trigger 3), as data;
 * split from en-pressure.ts, which lists it with the other groups. Notation: see pressure-types.ts.
 */
import { phrase, type PressureGroup } from './pressure-types';

export const EN_SILENCE: PressureGroup = {
  // Guilt and nagging about silence: rules.md trigger 3 ("I haven't heard back", "did you see my
  // last email?", "just bumping this to the top of your inbox", "as per my last email", "I've tried
  // to reach you several times"), with the tenses and synonyms of break-up and bump mail.
  // A plain follow-up ("following up on my note from Tuesday") is deliberately absent.
  kind: 'silence',
  phrases: [
    // Not the silence of another channel the writer tried ("I requested a demo through the site but haven't heard back").
    phrase(
      "(?<!\\b(?:requested|submitted|applied|filled (?:in|out)|signed up|booked|ordered|enquired|registered)\\b(?:[^.!?\\n]|\\.(?=\\S)){0,80})(?:(?:haven't|hasn't|have not|has not|I've not|never) (?:yet )?(?:heard|gotten|got|received|had)|(?:didn't|did not) (?:hear|get|receive)) (?:anything )?(?:back|anything|(?:a |any )?(?:reply|response|answer|word)|from you)",
    ),
    phrase('(?:still )?(?:no|not a) (?:reply|response|answer|word) (?:yet|so far|from you)'),
    phrase('still waiting (?:for|on|to hear)'),
    phrase(
      "(?:(?:I've|I have|I|we've|we have|we) |(?<=(?:^|[.!?\\n]\\s*)))(?:already )?(?:reached out|tried (?:to reach|reaching|to contact|contacting|to get (?:in touch|hold of)|to connect)|emailed|written|called|messaged|pinged|followed up|contacted you|left (?:you )?(?:\\S+ )?(?:messages|voicemails))(?: \\S+){0,5}? (?:several|a few|a couple(?: of)?|multiple|many|numerous|\\d+|two|three|four) times",
    ),
    phrase("(?:I've|I have) been trying to (?:reach|contact|get (?:in touch with|hold of)|connect with|catch) you|(?:I've|I have) been trying to (?:connect|get in touch) (?:about|regarding|re|on)\\b"),
    phrase('(?:my|the) (?:last|previous|earlier) (?:email|e-mail|message|note|mail)s? (?:\\S+ ){0,2}?(?:got|get|gotten|was|were) (?:buried|lost)'),
    // The same worry asked as a question: "Did this get buried?", "Has my note slipped through the cracks?"
    phrase('(?:did|has|have) (?:this|that|it|my (?:\\S+ )?(?:email|e-mail|message|note|mail)s?) (?:get |got |gotten |been )?(?:buried|lost|slip(?:ped)? through the cracks|fall(?:en)? through the cracks|slip(?:ped)? off your radar)'),
    phrase("(?:make sure|check|checking|ensure) (?:(?:that|if|whether) )?my (?:(?:last|previous|earlier) )?(?:email|e-mail|message|note|mail)s? (?:didn't|did not|hasn't|has not|wasn't|was not|haven't|have not) (?:get |gotten |been |go )?(?:lost|buried|missed|(?:end|ended) up in (?:spam|junk))"),
    phrase("(?:haven't|have not|wasn't|was not|weren't) (?:been )?able to (?:reach you|contact you|get hold of you|connect|catch you|get in touch)"),
    phrase("you (?:haven't|have not|didn't|did not) (?:yet )?(?:replied|responded|answered|gotten back|got back|reply|respond|answer|get back)"),
    phrase("(?:you're|you are) not (?:responding|replying|answering) to my"),
    phrase('(?:went|have gone|has gone|remain|remained|go) unanswered'),
    phrase("(?:it's been|it has been) (?:\\S+ ){0,3}?since (?:my (?:last|previous) (?:email|e-mail|message|note)|I last (?:wrote|emailed|reached out))"),
    // The subject dropped, as bump mail writes it: "Sent a couple of notes — figured I'd try a different angle."
    phrase("(?:(?:I've|I have|I|we've|we have|we) |(?<=(?:^|[.!?\\n]\\s*)))(?:now |already )?sent (?:you )?(?:several|a few|a couple of|multiple|many|\\d+|two|three|four) (?:emails|e-mails|messages|notes|mails)"),
    // "This is the fourth time I've written to you", "my emails are going straight to your junk folder".
    phrase("(?:this is|it's) (?:now |already )?(?:the|my) (?:second|third|fourth|fifth|\\d+(?:nd|rd|th)) time (?:I've|I have) (?:written|emailed|reached out|contacted you|messaged|tried|followed up)"),
    phrase('(?:my|these) (?:emails?|messages?|notes?) (?:are |is )?(?:going|ending up|landing|disappearing) (?:straight )?(?:in|into|to) (?:your )?(?:junk|spam)'),
    phrase('this is (?:already |now |by now )?my (?:second|third|fourth|fifth|\\d+(?:nd|rd|th)) (?:email|e-mail|message|note|attempt|try|follow-up|time)'),
    phrase(
      'did you (?:get a chance to |have a chance to |have time to )?(?:see|get|receive|read|catch|check|look at|open) my (?:(?:last|previous|earlier|prior|other|recent) )?(?:email|e-mail|message|note|mail|voicemail|inmail|letter)',
    ),
    phrase(
      '(?:have you|did you) (?:had|have|get|got) (?:a |the )?(?:chance|time) to (?:look at|see|watch|read|check out|open) (?:my|the) (?:last |previous |earlier |recent )?(?:email|e-mail|message|note|video|voicemail|mail|link|recording|loom)',
    ),
    // "Wanted to make sure you saw my email about the pilot": "my email" in a bump is always the earlier one.
    phrase("make sure (?:you )?(?:saw|got|received|read|didn't miss|did not miss) my (?:(?:last|previous|earlier|prior|other|first) )?(?:email|e-mail|message|note|mail)"),
    // The thing sent before, checked on: "Just wanted to make sure you saw the report", "… it didn't get buried".
    phrase("make sure (?:you )?(?:saw|got|received|didn't miss|did not miss) the (?:report|proposal|audit|deck|video|quote|offer|file|document|summary|mockup|draft)"),
    phrase("make sure (?:it|this|that|my (?:\\S+ )?(?:email|message|note|mail)) (?:didn't|did not|hasn't|has not|wasn't|was not) (?:get |gotten |been |go )?(?:buried|lost|missed|(?:land|landed|end up|ended up|go|went) in (?:your )?(?:spam|junk)(?: folder)?)"),
    // The reader's memory blamed: "maybe you forgot", the twin of "misschien ben je het vergeten".
    phrase("(?:maybe|perhaps|probably|in case|i guess|i think) you (?:forgot|have forgotten|had forgotten|may have forgotten)|you (?:may|might|must) have forgotten"),
    phrase("(?:not sure|wasn't sure|in case) (?:if |whether )?you (?:saw|got|received|missed) my (?:last|previous|earlier) (?:email|e-mail|message|note|mail)"),
    phrase("(?:just )?checking (?:(?:if|whether|that) )?you (?:got|received|saw|read) (?:this|my|it)"),
    // "I wanted to follow up to see if you received my last email?": the same check after "if/whether".
    phrase('(?:if|whether) you (?:ever |actually )?(?:received|got|saw|read|caught|had a chance to (?:see|read|look at)) my (?:(?:last|previous|earlier|prior|other|recent) )(?:email|e-mail|message|note|mail|voicemail|inmail)'),
    // Naming the reader's silence: "Should I interpret your silence as …", "your silence tells me".
    phrase('(?:interpret|read|take|understand|see) your silence|your silence (?:means|tells|says|as)'),
    // The same check asked about the mail itself, the twin of "even checken of mijn vorige mail is aangekomen".
    phrase(
      "(?:checking|check|making sure|make sure|confirming|confirm|seeing|see) (?:(?:if|whether|that) )?my (?:(?:last|previous|earlier|prior|other|recent) )?(?:email|e-mail|message|note|mail|inmail)s? (?:\\S+ ){0,3}?(?:arrived|reached you|landed|came through|got through|went through|made it|was received|got to you)",
    ),
    phrase(
      "(?:did|has|have) my (?:(?:last|previous|earlier|prior|other|recent) )?(?:email|e-mail|message|note|mail|inmail)s? (?:\\S+ ){0,3}?(?:arrive|reach you|land|come through|get through|make it|get to you|arrived|reached you|landed|come through|made it)",
    ),
    phrase("you(?:'ve| have)? (?:gone|been|went) (?:quiet|silent|dark)"),
    phrase('(?:reaching out|writing|following up|checking in|trying) (?:one|a) (?:last|final) time'),
    phrase('circling back (?:again|once more|one more time)'),
    phrase('(?:close|closing) (?:out )?(?:your|the) file'),
    phrase('(?:must|might|may) have missed my (?:last|previous|earlier) (?:email|e-mail|message|note|mail)'),
    phrase('(?:just )?(?:bump|bumping|float|floating|push|pushing|bring|bringing|nudge|nudging|resurface|resurfacing|pop|popping)(?: this| my (?:last |previous )?(?:email|note|message)) (?:back )?(?:up|to the top)(?: of your inbox)?'),
    phrase('just bumping this'),
    // The bump named as such: "Quick bump on this", "friendly bump", the twin of "korte bump".
    phrase('(?:quick|small|gentle|friendly|little|short) bump\\b'),
    phrase('(?:to|at) the top of your inbox'),
    phrase('(?:as )?per my (?:last|previous|earlier|prior) (?:email|e-mail|message|note|mail)', 'as I mentioned'),
    // The same pointer worded out: "As requested in the previous message", "as stated in my last email".
    phrase('as (?:requested|asked|stated|noted|outlined|mentioned|explained|indicated) (?:in|by) (?:my|the|our) (?:last|previous|earlier|prior) (?:email|e-mail|message|note|mail)s?', 'as I mentioned'),
    phrase('(?:my )?(?:last|final) (?:attempt|try)', ''),
    phrase('(?:last|final) (?:note|email|e-mail|message|follow-up|reminder|ping|nudge|bump|check-in) from me'),
    // "Last one from me, promise.": the last mail with its noun dropped, opening the message.
    phrase('(?<=(?:^|[.!?\\n]\\s*))(?:the |my )?(?:last|final) one from (?:me|us)(?=[,.!:]|\\s+(?:promise|I promise|—|-))'),
    // "Last email, promised.": the last attempt announced as the message's opening words.
    phrase("(?<=(?:^|[.!?\\n]\\s*))(?:last|final) (?:email|e-mail|message|note|one)(?=[,.!:]|\\s+(?:promised|I promise|—|-))"),
    // "Last ping on this", "Final nudge here": bump mail's wording for its last attempt.
    phrase('(?:last|final) (?:ping|nudge|bump|check-in)(?: on this| here| about this)?'),
    // "Last follow-up on this", the sequence's final step named as such.
    phrase('(?:last|final) (?:follow-up|followup|follow up)(?: on this| here| about this| from me)?'),
    // The reader's silence read back to them: "I've misjudged your interest", "I haven't had much luck reaching you".
    phrase("(?:I've|I have|I) (?:clearly |obviously )?misjudged (?:\\S+ ){0,2}?interest"),
    phrase("(?:haven't|have not|hasn't|has not|not) had (?:much|any) (?:luck|success) (?:reaching|reconnecting with|connecting with|getting hold of|getting in touch with|hearing from) you"),
    phrase('(?:heard|had|got) nothing back'),
    phrase('this (?:is|will be) (?:my|the|our) (?:very )?(?:last|final) (?:(?:scheduled|automated|planned) )?(?:note|email|e-mail|message|follow-up|reminder|time|one)'),
    phrase('final (?:follow-up|followup|reminder|notice)'),
    // "Sending one last note on this", "one final email": the last attempt as the message's object.
    phrase('(?:one|a) (?:last|final) (?:note|email|e-mail|message|ping|nudge|bump|reminder|follow-up|check-in)'),
    // Doubting the earlier mail reached the reader: "no idea if it reached you", "not sure my email got through".
    phrase("(?:no idea|not sure|unsure|wasn't sure|don't know) (?:if |whether )?(?:it|this|that|my (?:(?:last|previous|earlier) )?(?:email|e-mail|message|note|mail)) (?:ever |actually )?(?:reached you|got to you|got through|came through|landed|made it(?: to you| into your inbox)?|arrived)"),
    phrase('following up (?:again|once more|for the (?:second|third|fourth|last) time)'),
    phrase('did I (?:do|say) something wrong'),
    // "This is the last one.", "This will be my last.": the last mail, its noun left out (the twin of "Dit is de laatste.").
    phrase('this (?:is|will be) (?:my|the|our) (?:very )?last(?=[.!]|$)'),
    // The silence read as a refusal and said so: "I'll take the hint", "I get the hint".
    phrase("(?:I'll|I will|I can|I'm|I am|I) (?:just |happily )?(?:take|taking|get|got) (?:the|a|your) hint"),
    phrase('(?:are you|have you been) (?:ignoring|avoiding) me|ghost(?:ed|ing) me'),
  ],
};
