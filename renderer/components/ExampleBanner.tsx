import { useChrome } from '../app/chrome-store';

/** Permanent while example-signed material is shown: it must never pass for the real thing. */
export function ExampleBanner() {
  const example = useChrome((s) => s.exampleMaterial);
  if (!example) return null;
  return (
    <div className="example-banner" role="note">
      <span aria-hidden="true">⚠</span>
      Övningsmaterial — signerat med exempelnyckeln
    </div>
  );
}
