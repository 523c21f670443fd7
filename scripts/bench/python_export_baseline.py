"""Baselines for `npm run bench`: the Python standard library building the same xCal, frab XML,
frab JSON, JSON zip and CSV documents as the renderers, in the way Open Event Server does
(`xml.etree` with a SubElement per element, `json.dumps`, `zipfile`, `csv`).

Usage: /usr/bin/python3 python_export_baseline.py <data.json>
Input: {"runs": N, "xcal": <jCal of the calendar (RFC 7265)>, "frab": <frab JSON document>,
"zip": {<file name>: <JSON value>}, "sessions_csv": [[cell, …], …], "speakers_csv": […]}: the
documents' content, already computed (time zones, HTML stripping, ordering and ids are not
timed here, which favours the baseline). Prints {<format>: {"medianMs": …, "cpuMedianMs": …, "bytes": …}} (process CPU time, as the
Node side measures it).
"""
import csv
import io
import json
import statistics
import sys
import time
import xml.etree.ElementTree as ET
import zipfile

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


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        data = json.load(handle)
    cases = {
        "xcal": lambda: xcal(data["xcal"]),
        "frab_xml": lambda: frab_xml(data["frab"]),
        "frab_json": lambda: frab_json(data["frab"]),
        "json_zip": lambda: json_zip(data["zip"]),
        "sessions_csv": lambda: csv_text(data["sessions_csv"]),
        "speakers_csv": lambda: csv_text(data["speakers_csv"]),
    }
    result = {}
    for name, build in cases.items():
        times = []
        cpu = []
        size = 0
        for _ in range(data["runs"]):
            start = time.perf_counter()
            cpu_start = time.process_time()
            size = len(build())
            cpu.append((time.process_time() - cpu_start) * 1000)
            times.append((time.perf_counter() - start) * 1000)
        result[name] = {"medianMs": statistics.median(times), "cpuMedianMs": statistics.median(cpu), "bytes": size}
    print(json.dumps(result))


main()
