/**
 * The buttons of a tab list, one per name in the given order: the open one is marked for the
 * eye (class `active`) and for screen readers (aria-selected). The list around them — its
 * element, class and role — is the caller's.
 */
interface TabButtonsProps<T extends string> {
  names: readonly T[];
  labels: Readonly<Record<T, string>>;
  active: T;
  onSelect: (name: T) => void;
}

export function TabButtons<T extends string>({ names, labels, active, onSelect }: TabButtonsProps<T>) {
  return (
    <>
      {names.map((name) => (
        <button key={name} role="tab" aria-selected={active === name} className={active === name ? 'active' : ''} onClick={() => onSelect(name)}>
          {labels[name]}
        </button>
      ))}
    </>
  );
}
