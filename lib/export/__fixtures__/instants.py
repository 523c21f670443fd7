"""Reads a calendar from stdin and prints, as JSON, each VEVENT's UID with the UTC instants of its
DTSTART and DTEND as one independent reader sees them (parse_ics.py is the one for Python's
icalendar). The reader is the first argument:

- `vobject`: vobject (Debian python3-vobject) on an .ics file; it resolves TZID times through the
  file's own VTIMEZONE;
- `xcal`: an RFC 6321 xCal file read with xml.etree; a date-time ending in `Z` is UTC, any other
  is a local time in its TZID resolved with the system's zoneinfo as RFC 5545 §3.3.5 says (the
  first occurrence of a repeated local time). Each value also says whether its local time is
  `ambiguous` (repeated) or `missing` (skipped by a forward transition), which a file must avoid.
"""
import json
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

NS = "{urn:ietf:params:xml:ns:icalendar-2.0}"


def utc(value):
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_vobject(data):
    import vobject

    calendar = vobject.readOne(data.decode("utf-8"))
    return [
        {"uid": event.uid.value, "start": utc(event.dtstart.value), "end": utc(event.dtend.value)}
        for event in calendar.vevent_list
    ]


def xcal_moment(prop):
    value = prop.find(NS + "date-time").text
    tzid = prop.find(f"{NS}parameters/{NS}tzid/{NS}text")
    if value.endswith("Z"):
        return {"instant": utc(datetime.fromisoformat(value[:-1]).replace(tzinfo=timezone.utc)), "tzid": None, "ambiguous": False, "missing": False}
    zone = ZoneInfo(tzid.text)
    local = datetime.fromisoformat(value)
    first, second = local.replace(tzinfo=zone, fold=0), local.replace(tzinfo=zone, fold=1)
    # A skipped local time does not survive the round trip through UTC.
    back = first.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None)
    return {
        "instant": utc(first),
        "tzid": tzid.text,
        "ambiguous": first.utcoffset() != second.utcoffset() and back == local,
        "missing": back != local,
    }


def read_xcal(data):
    root = ET.fromstring(data)
    events = []
    for event in root.iter(NS + "vevent"):
        props = event.find(NS + "properties")
        events.append({
            "uid": props.find(f"{NS}uid/{NS}text").text,
            "start": xcal_moment(props.find(NS + "dtstart")),
            "end": xcal_moment(props.find(NS + "dtend")),
        })
    return events


READERS = {"vobject": read_vobject, "xcal": read_xcal}

json.dump(READERS[sys.argv[1]](sys.stdin.buffer.read()), sys.stdout)
