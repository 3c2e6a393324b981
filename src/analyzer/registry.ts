/**
 * Every rule, keyed by id. A total Record: a rule id in types.ts without a module here
 * does not compile.
 */
import type { Rule, RuleId } from './types';
import ctaMissing from './rules/cta/missing';
import ctaPushy from './rules/cta/pushy';
import ctaTooEarly from './rules/cta/too-early';
import ctaMultiple from './rules/cta/multiple';
import ctaTooBig from './rules/cta/too-big';
import toneTimid from './rules/tone/timid';
import toneSelfFocus from './rules/tone/self-focus';
import clarityLength from './rules/clarity/length';
import clarityReadability from './rules/clarity/readability';
import clarityQuestions from './rules/clarity/questions';
import postEngagementBait from './rules/post/engagement-bait';
import postHook from './rules/post/hook';
import postHashtags from './rules/post/hashtags';
import subjectMissing from './rules/subject/missing';
import subjectLength from './rules/subject/length';
import subjectShouting from './rules/subject/shouting';
import templatePlaceholder from './rules/template/placeholder';

export const RULES: Record<RuleId, Rule> = {
  'cta/missing': ctaMissing,
  'cta/pushy': ctaPushy,
  'cta/too-early': ctaTooEarly,
  'cta/multiple': ctaMultiple,
  'cta/too-big': ctaTooBig,
  'tone/timid': toneTimid,
  'tone/self-focus': toneSelfFocus,
  'clarity/length': clarityLength,
  'clarity/readability': clarityReadability,
  'clarity/questions': clarityQuestions,
  'post/engagement-bait': postEngagementBait,
  'post/hook': postHook,
  'post/hashtags': postHashtags,
  'subject/missing': subjectMissing,
  'subject/length': subjectLength,
  'subject/shouting': subjectShouting,
  'template/placeholder': templatePlaceholder,
};
