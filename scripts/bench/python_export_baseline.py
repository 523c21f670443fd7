"""Baselines for `npm run bench`: the Python standard library building the same xCal, frab XML,
frab JSON, JSON zip and CSV documents as the renderers, in the way Open Event Server does
(`xml.etree` with a SubElement per element, `json.dumps`, `zipfile`, `csv`).

Usage: /usr/bin/python3 python_export_baseline.py [--serve] <data.json>
Input: {"runs": N, "export": <the export data, as JSON>, "vtimezone": <jCal of the zone's
VTIMEZONE>, "zip": {<file name>: <JSON value>}}. The xCal, frab and CSV baselines start from
the export data and do the work the renderers do (public sessions in order, local times in the
event zone, HTML abstracts to plain text, lookups, GUIDs, slugs) before building the document;
the zip baseline takes the zip's JSON files ready made and only serializes and compresses.
Builds each document N times and prints {<format>: {"medianMs": …, "cpuMedianMs": …,
"bytes": …, "sha256": …}} (process CPU time, as the Node side measures it; xcal adds
"jcal_sha256", the hash of its calendar as jCal).

With --serve (how scripts/bench/export-renderers.ts runs it, so that its runs alternate with
the renderers'): loads the data, prints {"ready": true}, then reads commands from stdin, one a
line, "<format> <runs>", builds that document that many times and prints one line per command,
{"wallMs": [… per run], "cpuMs": [… per run], "bytes": …, "sha256": …} (of the last document;
xcal adds "jcal_sha256"), or {"error": …}; it ends at the end of stdin.
"""
import csv
import hashlib
import io
import json
import math
import re
import statistics
import sys
import unicodedata
import uuid
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, urljoin, urlsplit
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

from baseline_serve import measure, serve

XCAL_NAMESPACE = "urn:ietf:params:xml:ns:icalendar-2.0"
PARAMETER_TYPES = {"delegated-from": "cal-address", "delegated-to": "cal-address", "member": "cal-address",
                   "sent-by": "cal-address", "altrep": "uri", "dir": "uri"}
KNOWN_TYPES = {"name", "x-wr-calname", "x-wr-caldesc", "x-wr-timezone", "x-lic-location"}


def text(value):
    return value if isinstance(value, str) else json.dumps(value)


def leaf(parent, name, content, attributes=None):
    element = ET.SubElement(parent, name, attributes or {})
    element.text = content
    return element


def xcal_component(parent, component):
    name, properties, components = component
    element = ET.SubElement(parent, name)
    props = ET.SubElement(element, "properties")
    for prop in properties:
        prop_name, parameters, value_type, *values = prop
        if value_type == "unknown" and prop_name in KNOWN_TYPES:
            value_type = "text"
        prop_element = ET.SubElement(props, prop_name)
        if parameters:
            params = ET.SubElement(prop_element, "parameters")
            for param_name, raw in parameters.items():
                param = ET.SubElement(params, param_name)
                for item in raw if isinstance(raw, list) else [raw]:
                    leaf(param, PARAMETER_TYPES.get(param_name, "text"), text(item))
        for value in values:
            if prop_name == "geo" and isinstance(value, list):
                leaf(prop_element, "latitude", text(value[0]))
                leaf(prop_element, "longitude", text(value[1]))
            elif value_type == "recur" and isinstance(value, dict):
                recur = ET.SubElement(prop_element, "recur")
                for part, part_value in value.items():
                    for item in part_value if isinstance(part_value, list) else [part_value]:
                        leaf(recur, part, text(item))
            else:
                leaf(prop_element, value_type, text(value))
    if components:
        children = ET.SubElement(element, "components")
        for child in components:
            xcal_component(children, child)


def xcal(jcal):
    root = ET.Element("icalendar", {"xmlns": XCAL_NAMESPACE})
    xcal_component(root, jcal)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def frab_xml(document):
    schedule = document["schedule"]
    conference = schedule["conference"]
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", {"name": document["generator"]["name"], "version": document["generator"]["version"]})
    leaf(root, "url", conference["url"] + "/schedule.xml")
    leaf(root, "version", schedule["version"])
    conf = ET.SubElement(root, "conference")
    leaf(conf, "title", conference["title"])
    leaf(conf, "acronym", conference["acronym"])
    leaf(conf, "start", conference["start"])
    leaf(conf, "end", conference["end"])
    leaf(conf, "days", str(conference["daysCount"]))
    leaf(conf, "timeslot_duration", conference["timeslot_duration"])
    leaf(conf, "base_url", schedule["base_url"])
    if conference.get("logo"):
        leaf(conf, "logo", conference["logo"])
    leaf(conf, "url", conference["url"])
    leaf(conf, "time_zone_name", conference.get("time_zone_name", ""))
    for track in conference["tracks"]:
        leaf(conf, "track", track["name"], {key: track[key] for key in ("name", "color", "slug") if key in track})
    # The JSON's days list rooms by name only; their GUIDs are in conference.rooms.
    room_guids = {room["name"]: room["guid"] for room in conference["rooms"]}
    for day in conference["days"]:
        day_element = ET.SubElement(root, "day", {"index": str(day["index"]), "date": day["date"],
                                                  "start": day["day_start"], "end": day["day_end"]})
        for room_name, events in day["rooms"].items():
            room = ET.SubElement(day_element, "room", {"name": room_name, "guid": room_guids.get(room_name, "")})
            for item in events:
                event = ET.SubElement(room, "event", {"guid": item["guid"], "id": str(item["id"])})
                for key in ("date", "start", "duration", "room", "slug", "url", "title"):
                    leaf(event, key, item[key])
                if item["subtitle"]:
                    leaf(event, "subtitle", item["subtitle"])
                leaf(event, "track", item["track"] or "")
                leaf(event, "type", item["type"])
                if item["language"]:
                    leaf(event, "language", item["language"])
                leaf(event, "abstract", item["abstract"] or "")
                if item["description"]:
                    leaf(event, "description", item["description"])
                persons = ET.SubElement(event, "persons")
                for person in item["persons"]:
                    leaf(persons, "person", person["public_name"], {"id": str(person["id"]), "guid": person["guid"]})
                links = ET.SubElement(event, "links")
                for link in item["links"]:
                    leaf(links, "link", link["title"], {"href": link["url"], "type": link["type"]})
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def frab_json(document):
    return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")


def json_zip(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, content in files.items():
            archive.writestr(name, json.dumps(content, indent=2, ensure_ascii=False))
    return buffer.getvalue()


def csv_text(rows):
    buffer = io.StringIO()
    buffer.write("\ufeff")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


# The CSVs from the export data itself, as lib/export/render-csv.ts makes them: abstracts and
# biographies from HTML to plain text (lib/export/plain-text.ts, here on html.parser), local
# times in the event zone, rows sorted, tracks/rooms/types/speakers looked up, formula cells
# guarded. The rows are the same bytes as ours (the bench compares their SHA-256).

BLOCKS = {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
          "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table",
          "tr", "ul"}
SKIPPED = {"script", "style", "head", "title", "template"}
COLLAPSIBLE = re.compile(r"[\t\r\n\f]| {2}")
WHITESPACE_RUN = re.compile(r"[ \t\r\n\f]+")
MARKUP = re.compile(r"<[a-zA-Z!/]")
BLANK_BY_BREAK = re.compile(r"[ \t\f\v]\n|\n[ \t\f\v]")


class PlainText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skipping, self.pre, self.markup = "", 0, 0, False

    def convert(self, html, markup):
        self.reset()
        self.out, self.skipping, self.pre, self.markup = "", 0, 0, markup
        self.feed(html)
        self.close()
        return self.out

    def breaks(self, count):
        if self.out == "":
            return
        trailing = 2 if self.out.endswith("\n\n") else 1 if self.out.endswith("\n") else 0
        if trailing < 2:
            self.out += "\n\n" if count == 2 and trailing == 0 else "\n"

    def handle_data(self, data):
        if self.skipping > 0:
            return
        self.out += WHITESPACE_RUN.sub(" ", data) if self.markup and self.pre == 0 and COLLAPSIBLE.search(data) else data

    def handle_starttag(self, tag, attrs):
        if tag == "pre":
            self.pre += 1
        if tag in SKIPPED:
            self.skipping += 1
        elif tag == "br":
            self.breaks(1)
        elif tag == "li":
            self.breaks(1)
            self.out += "- "
        elif tag in ("td", "th"):
            self.out += " "
        elif tag in BLOCKS:
            self.breaks(2)

    def handle_endtag(self, tag):
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.breaks(2)


PLAIN_TEXT = PlainText()


def normalize(text):
    if "\r" in text:
        text = re.sub(r"\r\n?", "\n", text)
    if "\n" in text:
        if BLANK_BY_BREAK.search(text):
            text = re.sub(r"[ \t\f\v]*\n[ \t\f\v]*", "\n", text)
        if "\n\n\n" in text:
            text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def plain_text(html):
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        return normalize(html)
    return normalize(PLAIN_TEXT.convert(html, bool(MARKUP.search(html))))


FORMULA_START = re.compile(r"^[=+\-@\t\r]")
HARMLESS_NUMBER = re.compile(r"^[+-][\d\s()./-]*\Z")


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    return "'" + value if FORMULA_START.match(value) and not HARMLESS_NUMBER.match(value) else value


def local_times(zone):
    tz = ZoneInfo(zone)
    formatted = {}

    def local(value):
        if not value:
            return ""
        text = formatted.get(value)
        if text is None:
            text = formatted[value] = datetime.fromisoformat(value).astimezone(tz).strftime("%Y-%m-%d %H:%M")
        return text
    return local


def by_id(rows):
    return {row["id"]: row for row in rows if row.get("deletedAt") is None}


def by_schedule(session):
    start = session.get("startsAt")
    return (datetime.fromisoformat(start).timestamp() if start else math.inf, session["id"])


def sessions_csv(data):
    zone = data["event"]["timezone"]
    local = local_times(zone)
    tracks, rooms, types, speakers = by_id(data["tracks"]), by_id(data["microlocations"]), by_id(data["sessionTypes"]), by_id(data["speakers"])
    header = ["Id", "Title", "Subtitle", "State", "Track", "Room", "Session type",
              f"Starts at ({zone})", f"Ends at ({zone})", "Speakers", "Speaker emails", "Language", "Level",
              "Short abstract", "Long abstract", "Comments", "Slides URL", "Video URL", "Audio URL",
              f"Submitted at ({zone})", f"Last modified at ({zone})"]
    rows = [header]
    for session in sorted((s for s in data["sessions"] if s.get("deletedAt") is None), key=by_schedule):
        people = [speakers[link["speakerId"]] for link in session["speakers"] if link["speakerId"] in speakers]
        named = lambda rows, key: None if key is None or key not in rows else rows[key]["name"]
        rows.append([cell(value) for value in (
            session["id"], session["title"], session.get("subtitle"), session["state"],
            named(tracks, session.get("trackId")), named(rooms, session.get("microlocationId")),
            named(types, session.get("sessionTypeId")), local(session.get("startsAt")), local(session.get("endsAt")),
            "; ".join(person["name"] for person in people),
            "; ".join(person["email"] for person in people if person.get("email")),
            session.get("language"), session.get("level"),
            plain_text(session.get("shortAbstract")), plain_text(session.get("longAbstract")),
            session.get("comments"), session.get("slidesUrl"), session.get("videoUrl"), session.get("audioUrl"),
            local(session.get("submittedAt")), local(session.get("lastModifiedAt")))])
    return csv_text(rows)


def speakers_csv(data):
    sessions_of = {}
    for session in sorted(data["sessions"], key=by_schedule):
        if session.get("deletedAt") is not None:
            continue
        for link in session["speakers"]:
            sessions_of.setdefault(link["speakerId"], []).append(session)
    header = ["Id", "Name", "Email", "Mobile", "Organisation", "Position", "Country", "City", "Website",
              "Twitter", "GitHub", "LinkedIn", "Facebook", "Short biography", "Long biography",
              "Speaking experience", "Gender", "Featured", "Sessions"]
    rows = [header]
    # By name then id: code-point order where ours uses an "en" collator (the same order for the
    # bench's names; a collator would cost Python more).
    for speaker in sorted((s for s in data["speakers"] if s.get("deletedAt") is None), key=lambda s: (s["name"], s["id"])):
        rows.append([cell(speaker.get(key)) for key in (
            "id", "name", "email", "mobile", "organisation", "position", "country", "city", "website",
            "twitter", "github", "linkedin", "facebook")] + [cell(value) for value in (
            plain_text(speaker.get("shortBiography")), plain_text(speaker.get("longBiography")),
            plain_text(speaker.get("speakingExperience")), speaker.get("gender"), speaker.get("isFeatured") or False,
            "; ".join(f"{session['title']} ({session['state']})" for session in sessions_of.get(speaker["id"], [])))])
    return csv_text(rows)


# The frab document from the export data itself, as lib/export/render-frab.ts builds it: public
# sessions with their ends resolved, local times in the event zone, days and rooms in order,
# UUIDv5 GUIDs, slugs, plain-text abstracts, links. Its JSON is the same bytes as ours (the bench
# compares their SHA-256); the XML is written from the same document by `frab_xml`.

PUBLIC_STATES = {"accepted", "confirmed"}


def instant_ms(value):
    return round(datetime.fromisoformat(value).timestamp() * 1000)


def length_minutes(length):
    match = re.fullmatch(r"\s*(\d{1,3})[:.](\d{1,2})\s*", length or "")
    minutes = int(match[1]) * 60 + int(match[2]) if match else 0
    return minutes if minutes > 0 else None


def scheduled_slots(data, found):
    tracks, rooms, types, speakers = found
    result = []
    for session in data["sessions"]:
        if session.get("deletedAt") is not None or session["state"] not in PUBLIC_STATES or not session.get("startsAt"):
            continue
        kind = types.get(session.get("sessionTypeId"))
        start = instant_ms(session["startsAt"])
        end = instant_ms(session["endsAt"]) if session.get("endsAt") else None
        if end is None or end <= start:
            end = start + (length_minutes(kind and kind.get("length")) or 30) * 60_000
        result.append({"session": session, "start": start, "end": end, "track": tracks.get(session.get("trackId")),
                       "room": rooms.get(session.get("microlocationId")), "type": kind,
                       "speakers": [speakers[link["speakerId"]] for link in session["speakers"] if link["speakerId"] in speakers]})
    result.sort(key=lambda item: (item["start"], item["session"]["id"]))
    return result


def guid(identifier, kind, id):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"open-event:{identifier}:{kind}:{id}"))


def slugify(value, max_length=50):
    value = re.sub(r"[\u0300-\u036f]", "", unicodedata.normalize("NFKD", value)).replace("ß", "ss").lower()
    return re.sub(r"[^a-z0-9]+", "-", value)[:max_length].strip("-")


def hhmm(total):
    minutes = min(max(0, round(total)), 99 * 60 + 59)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def absolute_http_url(url, base):
    if not url or not url.strip():
        return None
    resolved = urljoin(base.rstrip("/") + "/", url.strip())
    return resolved if urlsplit(resolved).scheme in ("http", "https") else None


def local_iso(value):
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")


def frab_document(data):
    event = data["event"]
    tz = ZoneInfo(event["timezone"])
    identifier = event["identifier"]
    found = tuple(by_id(data[key]) for key in ("tracks", "microlocations", "sessionTypes", "speakers"))
    scheduled = scheduled_slots(data, found)
    code = re.sub(r"[^a-z0-9_]", "_", identifier.lower()).ljust(4, "_")
    rooms = sorted(found[1].values(), key=lambda room: (room["position"], room["name"], room["id"]))
    venue = (event.get("locationName") or "").strip() or "Venue"
    base = data["baseUrl"].rstrip("/")
    event_url = f"{base}/e/{quote(identifier, safe='')}"
    instants = {}

    def local(ms):
        instant = instants.get(ms)
        if instant is None:
            value = datetime.fromtimestamp(ms / 1000, tz)
            instant = instants[ms] = {"ms": ms, "iso": local_iso(value), "date": value.date().isoformat(),
                                      "hhmm": value.strftime("%H:%M"), "minute": value.hour * 60 + value.minute}
        return instant

    speaker_guids = {}

    def speaker_guid(id):
        if id not in speaker_guids:
            speaker_guids[id] = guid(identifier, "speaker", id)
        return speaker_guids[id]

    event_start = datetime.fromisoformat(event["startsAt"]).astimezone(tz)
    event_end = datetime.fromisoformat(event["endsAt"]).astimezone(tz)
    dates = []
    day = event_start.date()
    while day <= event_end.date() and len(dates) < 366:
        dates.append(day.isoformat())
        day += timedelta(days=1)
    dates = set(dates) | {local(item["start"])["date"] for item in scheduled}
    sorted_dates = sorted(date for date in dates if date)

    slot = 0
    by_day = {}
    bounds = {}
    for item in scheduled:
        session = item["session"]
        start, end = local(item["start"]), local(item["end"])
        date = start["date"]
        room_name = item["room"]["name"] if item["room"] else venue
        day_rooms = by_day.setdefault(date, {})
        room = day_rooms.get(room_name)
        if room is None:
            room = day_rooms[room_name] = {"name": room_name, "guid": guid(identifier, "room", item["room"]["id"] if item["room"] else 0), "events": []}
        if date not in bounds:
            bounds[date] = [start, end]
        elif end["ms"] > bounds[date][1]["ms"]:
            bounds[date][1] = end
        minutes = round((item["end"] - item["start"]) / 60_000)
        slot = math.gcd(math.gcd(slot, minutes), start["minute"])
        links = []
        for kind, key, title in (("slides", "slidesUrl", "Slides"), ("media", "videoUrl", "Video"), ("media", "audioUrl", "Audio")):
            url = absolute_http_url(session.get(key), data["baseUrl"])
            if url:
                links.append({"type": kind, "url": url, "title": title})
        abstract = plain_text(session.get("shortAbstract"))
        description = plain_text(session.get("longAbstract"))
        room["events"].append({
            "guid": guid(identifier, "session", session["id"]), "id": session["id"], "date": start["iso"],
            "start": start["hhmm"], "end": end["iso"], "duration": hhmm(minutes), "room": room_name,
            "slug": f"{code}-{session['id']}-{slugify(session['title']) or 'session'}",
            "url": f"{event_url}/sessions/{session['id']}", "title": session["title"],
            "subtitle": session.get("subtitle") or None, "track": item["track"]["name"] if item["track"] else None,
            "type": item["type"]["name"] if item["type"] else "other", "language": session.get("language") or None,
            "abstract": abstract or None, "description": description or None,
            "persons": [{"id": person["id"], "guid": speaker_guid(person["id"]), "public_name": person["name"]} for person in item["speakers"]],
            "links": links})

    room_order = {room["name"]: index for index, room in enumerate(rooms)}
    days = []
    for index, date in enumerate(sorted_dates):
        midnight = datetime.fromisoformat(date).replace(tzinfo=tz)
        day_bounds = bounds.get(date)
        days.append({
            "index": index + 1, "date": date,
            "day_start": day_bounds[0]["iso"] if day_bounds else local_iso(midnight),
            "day_end": day_bounds[1]["iso"] if day_bounds else local_iso((midnight + timedelta(days=1)).replace(tzinfo=tz)),
            "rooms": {room["name"]: room["events"] for room in sorted(by_day.get(date, {}).values(), key=lambda room: room_order.get(room["name"], math.inf))}})
    room_list = [{"name": room["name"], "guid": guid(identifier, "room", room["id"])} for room in rooms]
    if any(not item["room"] for item in scheduled) and not any(room["name"] == venue for room in room_list):
        room_list.append({"name": venue, "guid": guid(identifier, "room", 0)})
    tracks = []
    for track in sorted(found[0].values(), key=lambda track: (track.get("position") or 0, track["id"])):
        entry = {"name": track["name"]}
        if re.fullmatch(r"#[0-9a-fA-F]{6}", track.get("color") or ""):
            entry["color"] = track["color"]
        slug = slugify(track["name"])
        if re.fullmatch(r"[a-z][a-z0-9-]*[a-z0-9]", slug):
            entry["slug"] = slug
        tracks.append(entry)
    conference = {"acronym": code, "title": event["name"],
                  "start": sorted_dates[0] if sorted_dates else event_start.date().isoformat(),
                  "end": sorted_dates[-1] if sorted_dates else event_end.date().isoformat(),
                  "daysCount": len(days),
                  "timeslot_duration": hhmm(min(60, max(5, slot)) if slot else 15)}
    if re.search(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$", event["timezone"]):
        conference["time_zone_name"] = event["timezone"]
    logo = absolute_http_url(event.get("logoUrl"), data["baseUrl"])
    if logo:
        conference["logo"] = logo
    conference.update({"url": event_url, "tracks": tracks, "rooms": room_list, "days": days})
    generated = datetime.fromisoformat(data["generatedAt"]).astimezone(timezone.utc)
    return {"$schema": "https://c3voc.de/schedule/schema.json", "generator": {"name": "Open Event", "version": "1"},
            "schedule": {"version": generated.strftime("%Y-%m-%d %H:%M"), "base_url": base + "/", "conference": conference}}


# The calendar from the export data itself, as lib/export/render-ical.ts and render-xcal.ts make
# it: public sessions in order, wall times in the event zone (UTC where the wall time repeats),
# plain-text descriptions, places, speakers and tracks looked up. Only the VTIMEZONE comes ready
# made (zone data from a library on both sides). Its jCal is the same as ours (the bench
# compares their SHA-256); `xcal` writes it.


def repeats(value):
    return value.replace(fold=1 - value.fold).utcoffset() != value.utcoffset()


def xcal_document(data, vtimezone):
    event = data["event"]
    tzid = event["timezone"]
    tz = ZoneInfo(tzid)
    found = tuple(by_id(data[key]) for key in ("tracks", "microlocations", "sessionTypes", "speakers"))
    contact = (event.get("email") or "").strip() or "noreply@" + (urlsplit(data["baseUrl"]).hostname or "localhost")
    stamp = datetime.fromisoformat(data["generatedAt"]).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    session_url = f"{data['baseUrl'].rstrip('/')}/e/{quote(event['identifier'], safe='')}/sessions/"
    event_geo = [event["latitude"], event["longitude"]] if event.get("latitude") is not None and event.get("longitude") is not None else None
    places = {}

    def place(room):
        key = room["id"] if room else None
        if key not in places:
            title = ", ".join(part for part in (room and room["name"], event.get("locationName")) if part and part.strip())
            geo = [room["latitude"], room["longitude"]] if room and room.get("latitude") is not None and room.get("longitude") is not None else event_geo
            places[key] = (title, geo) if title or geo else None
        return places[key]

    def time(ms):
        value = datetime.fromtimestamp(ms / 1000, tz)
        return value, repeats(value)

    organizer = ["organizer", {"cn": event["name"]}, "cal-address", "mailto:" + contact]
    events = []
    for item in scheduled_slots(data, found):
        session = item["session"]
        (start, start_repeats), (end, end_repeats) = time(item["start"]), time(item["end"])
        if start_repeats or end_repeats:
            times = [["dtstart", {}, "date-time", start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")],
                     ["dtend", {}, "date-time", end.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")]]
        else:
            times = [["dtstart", {"tzid": tzid}, "date-time", start.strftime("%Y-%m-%dT%H:%M:%S")],
                     ["dtend", {"tzid": tzid}, "date-time", end.strftime("%Y-%m-%dT%H:%M:%S")]]
        properties = [["uid", {}, "text", f"{session['id']}-{event['identifier']}"], ["sequence", {}, "integer", 0],
                      ["dtstamp", {}, "date-time", stamp], *times, ["summary", {}, "text", session["title"]]]
        where = place(item["room"])
        if where and where[0]:
            properties.append(["location", {}, "text", where[0]])
        if where and where[1]:
            properties.append(["geo", {}, "float", where[1]])
        description = plain_text(session.get("shortAbstract"))
        if description:
            properties.append(["description", {}, "text", description])
        properties.append(organizer)
        for speaker in item["speakers"]:
            properties.append(["attendee", {"role": "REQ-PARTICIPANT", "cn": speaker["name"]}, "cal-address", "MAILTO:" + contact])
        if item["track"]:
            properties.append(["categories", {}, "text", item["track"]["name"]])
        properties.append(["url", {}, "uri", session_url + str(session["id"])])
        events.append(["vevent", properties, []])
    name = event["name"]
    return ["vcalendar", [["version", {}, "text", "2.0"], ["prodid", {}, "text", "-//Open Event//Open Event Schedule//EN"],
                          ["name", {}, "unknown", name], ["x-wr-calname", {}, "unknown", name],
                          ["x-wr-caldesc", {}, "unknown", f"Schedule for sessions at {name}"],
                          ["x-wr-timezone", {}, "unknown", tzid]], [vtimezone, *events]]


def jcal_sha256(data):
    """The hash of the calendar the xCal baseline writes, as jCal, to compare with ours."""
    jcal = json.dumps(xcal_document(data["export"], data["vtimezone"]), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(jcal.encode("utf-8")).hexdigest()


def serve_cases(data, cases):
    """The `--serve` protocol (baseline_serve.py), each answer with the last output's hash, and
    for xCal the hash of its calendar as jCal, made once."""
    jcal_hash = []

    def describe(name, output):
        answer = {"bytes": len(output), "sha256": hashlib.sha256(output).hexdigest()}
        if name == "xcal":
            if not jcal_hash:
                jcal_hash.append(jcal_sha256(data))
            answer["jcal_sha256"] = jcal_hash[0]
        return answer

    serve(cases, describe)


def main():
    serving = sys.argv[1] == "--serve"
    with open(sys.argv[-1], encoding="utf-8") as handle:
        data = json.load(handle)
    cases = {
        "xcal": lambda: xcal(xcal_document(data["export"], data["vtimezone"])),
        "frab_xml": lambda: frab_xml(frab_document(data["export"])),
        "frab_json": lambda: frab_json(frab_document(data["export"])),
        "json_zip": lambda: json_zip(data["zip"]),
        "sessions_csv": lambda: sessions_csv(data["export"]),
        "speakers_csv": lambda: speakers_csv(data["export"]),
    }
    if serving:
        serve_cases(data, cases)
        return
    result = {}
    for name, build in cases.items():
        times, cpu, output = measure(build, data["runs"])
        result[name] = {"medianMs": statistics.median(times), "cpuMedianMs": statistics.median(cpu), "bytes": len(output),
                        "sha256": hashlib.sha256(output).hexdigest()}
    result["xcal"]["jcal_sha256"] = jcal_sha256(data)
    print(json.dumps(result))


main()
