"""Baseline for `npm run bench`: Python's `icalendar` (the library Open Event Server uses)
building the same calendar as renderICal from the same data.

Usage: /usr/bin/python3 python_ical_baseline.py [--serve] <data.json>
Input: {"runs": N, "calname", "caldesc", "timezone", "vtimezone", "events": [{uid, summary,
description, location, geo, url, start, end (local ISO), stamp (UTC ISO), categories,
attendees: [{cn, email}], organizer: {cn, email}}]}. Descriptions arrive as plain text (the
HTML stripping is not timed here, which favours the baseline). Builds the calendar N times and
prints {"medianMs": …, "cpuMedianMs": … (process CPU time), "bytes": …}.

With --serve (how scripts/bench/export-renderers.ts runs it, so that its runs alternate with
the renderer's): loads the data, prints {"ready": true}, then reads commands from stdin, one a
line, "ical <runs>", builds the calendar that many times and prints one line per command,
{"wallMs": [… per run], "cpuMs": [… per run], "bytes": … (of the last calendar)}, or
{"error": …}; it ends at the end of stdin.
"""
import json
import statistics
import sys
from datetime import datetime

import icalendar
import pytz

from baseline_serve import measure, serve


def build(data, tz, vtimezone):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Open Event//Open Event Schedule//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", data["calname"])
    calendar.add("x-wr-caldesc", data["caldesc"])
    calendar.add("x-wr-timezone", data["timezone"])
    calendar.add_component(vtimezone)
    for item in data["events"]:
        event = icalendar.Event()
        event.add("uid", item["uid"])
        event.add("dtstamp", datetime.fromisoformat(item["stamp"]))
        event.add("dtstart", tz.localize(datetime.fromisoformat(item["start"])))
        event.add("dtend", tz.localize(datetime.fromisoformat(item["end"])))
        event.add("summary", item["summary"])
        if item["location"]:
            event.add("location", item["location"])
        if item["geo"]:
            event.add("geo", tuple(item["geo"]))
        if item["description"]:
            event.add("description", item["description"])
        organizer = icalendar.vCalAddress("mailto:" + item["organizer"]["email"])
        organizer.params["cn"] = icalendar.vText(item["organizer"]["cn"])
        event.add("organizer", organizer)
        for attendee in item["attendees"]:
            address = icalendar.vCalAddress("mailto:" + attendee["email"])
            address.params["cn"] = icalendar.vText(attendee["cn"])
            event.add("attendee", address, encode=0)
        if item["categories"]:
            event.add("categories", item["categories"])
        event.add("url", item["url"])
        calendar.add_component(event)
    return calendar.to_ical()


def main():
    serving = sys.argv[1] == "--serve"
    with open(sys.argv[-1], encoding="utf-8") as handle:
        data = json.load(handle)
    tz = pytz.timezone(data["timezone"])
    vtimezone = icalendar.Timezone.from_ical(data["vtimezone"])
    cases = {"ical": lambda: build(data, tz, vtimezone)}
    if serving:
        serve(cases)
        return
    times, cpu, output = measure(cases["ical"], data["runs"])
    print(json.dumps({"medianMs": statistics.median(times), "cpuMedianMs": statistics.median(cpu), "bytes": len(output)}))


main()
