/**
 * The presenter's choice of GPU drawing for a big network, offered only where the browser draws
 * WebGL on a GPU (canvas-rendering.ts) and remembered in this browser. Off unless chosen: the
 * WebGL renderer is still experimental in Cytoscape.
 */
import { useState } from 'react';
import { useAppStore } from '../state/store';
import { selectLanguage } from '../state/selectors';

const KEY = 'fengong.webgl';

const LABEL = { zh: 'GPU 绘制(WebGL)', en: 'Draw on the GPU (WebGL)' } as const;

export function useWebglChoice(): [boolean, (on: boolean) => void] {
  const [chosen, setChosen] = useState(() => readChoice());
  return [
    chosen,
    (on) => {
      setChosen(on);
      try {
        window.localStorage.setItem(KEY, on ? 'on' : 'off');
      } catch {
        // A browser that keeps nothing (private mode, storage off) still draws; it only forgets.
      }
    },
  ];
}

function readChoice(): boolean {
  try {
    return typeof window !== 'undefined' && window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function WebglChoice({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const language = useAppStore(selectLanguage);
  return (
    <label className="toggle" style={{ position: 'absolute', top: '0.5rem', right: '0.75rem', margin: 0, zIndex: 2, background: 'rgba(255,255,255,0.85)', padding: '0.1rem 0.4rem', borderRadius: 4 }}>
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} />
      {LABEL[language]}
    </label>
  );
}
