import { useEffect, type RefObject } from 'react';
import { focusAtEnd } from '../../app/focus';
import { useConsensus } from './consensus-store';

/**
 * An add button moves the focus into what it added: the field named `key`
 * takes the focus once it is shown (caret at the end), so typing goes there
 * and never to the shortcuts or the button.
 */
export function useFocusRequest(key: string, field: RefObject<HTMLTextAreaElement | null>): void {
  const requested = useConsensus((s) => s.focusRequest === key);
  useEffect(() => {
    const element = field.current;
    if (!requested || !element) return;
    focusAtEnd(element);
    useConsensus.setState({ focusRequest: null });
  }, [requested, field]);
}
