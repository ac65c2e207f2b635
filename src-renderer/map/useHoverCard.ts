import { useCallback, useEffect, useState } from 'react';

/**
 * Which post card to show: the hovered marker's (after a short pause, so that sweeping the mouse over the map does
 * not fetch every post), otherwise the selected one, which stays until closed.
 */
export function useHoverCard(delayMs = 150) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hoverTarget, setHoverTarget] = useState<string | null>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);

  useEffect(() => {
    if (hoverTarget === null) {
      setHoveredId(null);
      return;
    }
    const timer = window.setTimeout(() => setHoveredId(hoverTarget), delayMs);
    return () => window.clearTimeout(timer);
  }, [hoverTarget, delayMs]);

  const select = useCallback((id: string | null) => setSelectedId(id), []);
  const hover = useCallback((id: string | null) => setHoverTarget(id), []);
  return { selectedId, shownId: hoveredId ?? selectedId, select, hover };
}
