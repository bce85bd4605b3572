// events: who did what to whom, when: CAMEO events coded from parsed
// sentences and their actors (issue 6; under construction: the reference
// tables, event dates and the verb dictionary reader come first).
#ifndef DYAD_EVENTS_EVENTS_H_
#define DYAD_EVENTS_EVENTS_H_

namespace dyad::events {}  // namespace dyad::events

#endif  // DYAD_EVENTS_EVENTS_H_
