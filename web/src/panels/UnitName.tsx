/** A unit's name as the reader's language has it: in English mode the English name with the Chinese beside it. */
import { useAppStore } from '../state/store';
import { selectLanguage, selectPlan } from '../state/selectors';
import { englishUnitName } from '../i18n/unit-english';

export function UnitName(props: { name: string }) {
  const language = useAppStore(selectLanguage);
  const level = useAppStore((s) => selectPlan(s)?.document.level ?? null);
  const english = language === 'en' ? englishUnitName(props.name, level) : null;
  if (!english) return <>{props.name}</>;
  return (
    <>
      <span className="en-name">{english}</span> <span className="zh-name" lang="zh-CN">{props.name}</span>
    </>
  );
}
