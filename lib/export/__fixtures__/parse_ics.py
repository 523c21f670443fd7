"""Parses an .ics file from stdin with Python's `icalendar` (Debian python3-icalendar) and prints
JSON: the calendar properties, each VTIMEZONE's components, and each VEVENT's properties. Start
and end instants are computed twice: via icalendar's own TZID lookup and by localizing the
floating local time with the calendar's VTIMEZONE (Timezone.to_tz), so the test checks that the
VTIMEZONE itself gives the right UTC instants."""
import json
import sys
from datetime import datetime, timezone

import icalendar


def text(value):
    return None if value is None else str(value)


def ical_text(prop):
    value = prop.to_ical()
    return value.decode() if isinstance(value, bytes) else str(value)


def instant(value):
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
    zones = {}
    out = {
        "prodid": text(calendar.get("PRODID")),
        "version": text(calendar.get("VERSION")),
        "calname": text(calendar.get("X-WR-CALNAME")),
        "caldesc": text(calendar.get("X-WR-CALDESC")),
        "wr_timezone": text(calendar.get("X-WR-TIMEZONE")),
        "timezones": [],
        "events": [],
    }
    for tz in calendar.walk("VTIMEZONE"):
        zones[str(tz["TZID"])] = tz.to_tz()
        out["timezones"].append({
            "tzid": str(tz["TZID"]),
            "components": [
                {
                    "name": sub.name,
                    "tzoffsetfrom": ical_text(sub["TZOFFSETFROM"]),
                    "tzoffsetto": ical_text(sub["TZOFFSETTO"]),
                    "dtstart": ical_text(sub["DTSTART"]),
                    "rrule": ical_text(sub["RRULE"]) if "RRULE" in sub else None,
                }
                for sub in tz.subcomponents
            ],
        })

    def moment(event, name):
        prop = event.get(name)
        if prop is None:
            return None
        tzid = prop.params.get("TZID")
        local = ical_text(prop)
        result = {"raw": local, "tzid": tzid, "utc": instant(prop.dt)}
        if tzid in zones:
            naive = datetime.strptime(local, "%Y%m%dT%H%M%S")
            result["utc_via_vtimezone"] = instant(zones[tzid].localize(naive))
        return result

    for event in calendar.walk("VEVENT"):
        attendees = event.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        categories = event.get("CATEGORIES")
        geo = event.get("GEO")
        organizer = event.get("ORGANIZER")
        out["events"].append({
            "uid": text(event.get("UID")),
            "summary": text(event.get("SUMMARY")),
            "description": text(event.get("DESCRIPTION")),
            "location": text(event.get("LOCATION")),
            "url": text(event.get("URL")),
            "dtstamp": instant(event.decoded("DTSTAMP")),
            "dtstart": moment(event, "DTSTART"),
            "dtend": moment(event, "DTEND"),
            "geo": [geo.latitude, geo.longitude] if geo is not None else None,
            "categories": [str(c) for c in categories.cats] if categories is not None else [],
            "attendees": [{"cn": text(a.params.get("CN")), "address": str(a)} for a in attendees],
            "organizer": {"cn": text(organizer.params.get("CN")), "address": str(organizer)} if organizer is not None else None,
        })
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
