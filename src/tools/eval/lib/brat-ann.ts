/** Reader for brat stand-off annotation files (`.ann`): text-bound spans and events. */

/** A text-bound annotation: `T3\tContent 115 290;300 310\t…`. */
export interface BratSpan {
  id: string;
  type: string;
  /** Character ranges [start, end) into the text; several when the span is discontinuous. */
  ranges: Array<[number, number]>;
  text: string;
}

/** An event: `E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1` (role → span id). */
export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: Map<string, string>;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

/** Parses the content of an `.ann` file; lines of other kinds (relations, notes) are ignored. */
export function parseBrat(ann: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const [id = '', body = '', text = ''] = line.split('\t');
    if (id.startsWith('T')) {
      const [type = '', ...rest] = body.split(' ');
      const ranges = rest.join(' ').split(';').map((range) => range.trim().split(/\s+/).map(Number) as [number, number]);
      spans.set(id, { id, type, ranges, text });
    } else if (id.startsWith('E')) {
      const [head = '', ...args] = body.split(' ');
      const [type = '', trigger = ''] = head.split(':');
      events.push({ id, type, trigger, args: new Map(args.map((arg) => arg.split(':') as [string, string])) });
    }
  }
  return { spans, events };
}
