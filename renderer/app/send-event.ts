// How a component sends an event up: bubbling, and composed so it leaves its shadow root, with
// the detail GlobalEventHandlersEventMap declares for it. Each component declares its own
// events there, beside the code that sends them (as Shoelace does), so sender and listener
// (addEventListener, or a handler typed GlobalEventHandlersEventMap['name']) agree on the detail.
// Imports nothing, so any screen may use it.

type DetailOf<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

export function sendEvent<K extends keyof GlobalEventHandlersEventMap>(
  from: EventTarget,
  type: K,
  ...[detail]: [DetailOf<K>] extends [undefined] ? [] : [DetailOf<K>]
): void {
  from.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
