import { useRef } from 'react';
import 'peel-widgets/define.js';
import type { Assessment, PeelErrorDetail, PeelRating } from 'peel-widgets';

const report = (event: CustomEvent<PeelErrorDetail>) => {
  for (const { path, message } of event.detail.errors) console.warn(`${path}: ${message}`);
};

export function Report({ data }: { data: Assessment }) {
  const badge = useRef<PeelRating>(null);
  return (
    <main className="report" onClick={() => badge.current?.reload()}>
      <peel-rating
        ref={badge}
        grade="Requires improvement"
        previous-grade="good"
        scale="peel-2014"
        variant="scale"
        size="large"
        onpeel-error={report}
      />
      <peel-rating grade="Angen gwella" lang="cy" status="carried-over" graded-in="2016" />
      <pillar-summary assessment={data} pillar="legitimacy" heading-level={3} hide-source onpeel-error={report} />
      <key-facts-panel
        src="/data/northamptonshire-2017.json"
        src-timeout={5000}
        onpeel-error={(e) => e.detail.errors}
      />
      <peel-assessment assessment={JSON.stringify(data)} className="wide" onpeel-error={report} />

      {/* The types bite: each line below must fail to compile. */}
      {/* @ts-expect-error "godo" is not a grade */}
      <peel-rating grade="godo" />
      {/* @ts-expect-error there is no size "huge" */}
      <peel-rating size="huge" />
      {/* @ts-expect-error the handler's event carries PeelErrorDetail, not a string */}
      <pillar-summary onpeel-error={(e: CustomEvent<string>) => e.detail.toUpperCase()} />
    </main>
  );
}
