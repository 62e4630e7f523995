import { navigate } from '../app/router-store';
import type { Route } from '../app/routes';

/** A screen that could not be shown: the Swedish reason, and (when there is one) the way back. */
export function ScreenError({ message, back }: { message: string; back?: { label: string; route: Route } }) {
  return (
    <div className="page">
      <p role="alert" className="notice error">
        {message}
      </p>
      {back && (
        <button type="button" className="button" onClick={() => navigate(back.route)}>
          {back.label}
        </button>
      )}
    </div>
  );
}
