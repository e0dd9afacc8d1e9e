/** The interface messages of the current language. */
import { useAppStore } from '../state/store';
import { MESSAGES, type Messages } from './messages';
import { selectLanguage } from '../state/selectors';

export function useMessages(): Messages {
  return MESSAGES[useAppStore(selectLanguage)];
}
