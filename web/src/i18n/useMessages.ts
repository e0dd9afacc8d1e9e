/** The interface messages of the current language. */
import { useAppStore } from '../state/store';
import { MESSAGES, type Messages } from './messages';
import { MORE_MESSAGES, type MoreMessages } from './more-messages';
import { selectLanguage } from '../state/selectors';

const MERGED = { zh: { ...MESSAGES.zh, ...MORE_MESSAGES.zh }, en: { ...MESSAGES.en, ...MORE_MESSAGES.en } };

export function useMessages(): Messages & MoreMessages {
  return MERGED[useAppStore(selectLanguage)];
}
