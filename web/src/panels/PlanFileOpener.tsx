/**
 * Opening a plan file in the page: a file chooser in the header and a drop target over the
 * whole page. The file is read in a Web Worker (see read-plan-in-page.ts) while a line says
 * which file is being read, with a button that cancels it; the plan then opens as if it had
 * come from the database, with nothing sent anywhere.
 */
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { PLAN_FILE_TYPES, readPlanInPage } from '../data/read-plan-in-page';

export function PlanFileOpener() {
  const t = useMessages();
  const [reading, setReading] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const open = async (file: File | undefined) => {
    if (!file) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setReading(file.name);
    try {
      const plan = await readPlanInPage(file, controller.signal);
      useAppStore.getState().openPlan(plan);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') useAppStore.getState().failed((error as Error).message);
    } finally {
      if (abort.current === controller) {
        abort.current = null;
        setReading(null);
      }
    }
  };

  useEffect(() => {
    // Only a drag that carries files shows the target; dragging text within the page does not.
    const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      void open(e.dataTransfer?.files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <label className="button file-button" title={t.openPlanHint}>
        {t.openJson}
        {/* Visually hidden, not `hidden`: the file input stays reachable by Tab. */}
        <input type="file" className="visually-hidden" accept={PLAN_FILE_TYPES} onChange={(e) => void open(e.target.files?.[0])} />
      </label>
      {reading !== null && (
        <p className="reading-plan" role="status">
          {t.readingPlan(reading)}{' '}
          <button className="button" onClick={() => abort.current?.abort()}>
            {t.cancelReading}
          </button>
        </p>
      )}
      {dragging && (
        <div className="drop-target" aria-hidden="true">
          <p>{t.dropPlan}</p>
        </div>
      )}
    </>
  );
}
