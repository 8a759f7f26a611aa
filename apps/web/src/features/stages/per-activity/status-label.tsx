import { TONE_SYMBOL, toneOf, type StatusValue } from './status';
import './per-activity.css';

/**
 * A status in words with a symbol (and colour): "✓ Voldoet", "✕ Niet helder", "? Nog onbekend".
 * Without a status (nothing filled in yet) it reads like "not applicable": "– Niet nagegaan".
 */
export function StatusLabel({ status, label }: { status: StatusValue | null; label: string }) {
  const tone = status ? toneOf(status) : 'none';
  return (
    <span className={`oogo-status oogo-status--${tone}`} data-status={status ?? 'NONE'}>
      <span className="oogo-status__symbol" aria-hidden="true">
        {TONE_SYMBOL[tone]}
      </span>
      {label}
    </span>
  );
}
