/** What a link asked for that the plan does not have: said plainly, with a way back to the overview. */
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';

export function NoticeBanner() {
  const t = useMessages();
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notice-banner" role="alert" data-testid="link-notice">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{t.notice[n.kind](n.value)}</li>
        ))}
      </ul>
      <button className="button" onClick={() => useAppStore.getState().backToOverview()}>
        {t.backToOverview}
      </button>
      <button className="button" onClick={() => useAppStore.getState().applyViewState({ notices: [] })}>
        {t.dismiss}
      </button>
    </div>
  );
}
