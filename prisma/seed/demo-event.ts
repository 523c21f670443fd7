/**
 * The demo event: a two-day open-technology conference modelled on the FOSSASIA Summit, with
 * enough rooms, tracks, speakers and sessions in every state to exercise the dashboard, the
 * public site, the schedule and the exports. Hand-written rather than generated so that the
 * same seed always gives the same data and the texts read like a real programme.
 */
import { DateTime } from "luxon";
import type { SessionState, TicketType } from "../../lib/generated/prisma/client";

export const DEMO_TIMEZONE = "Asia/Singapore";
/** The two conference days (2027, so that the demo stays upcoming for a while). */
export const DEMO_DAYS = ["2027-03-11", "2027-03-12"] as const;

/** An instant given as wall-clock time in the event's zone. */
export function local(day: 1 | 2, time: string): DateTime {
  const date = DEMO_DAYS[day - 1];
  const instant = DateTime.fromISO(`${date}T${time}`, { zone: DEMO_TIMEZONE });
  if (!instant.isValid) throw new Error(`Invalid demo time ${date}T${time}`);
  return instant;
}

export const DEMO_EVENT = {
  identifier: "ots2027",
  name: "Open Tech Summit 2027",
  startsAt: local(1, "09:00"),
  endsAt: local(2, "18:00"),
  locationName: "Lifelong Learning Institute, 11 Eunos Road 8, Singapore 408601",
  searchableLocationName: "Singapore",
  latitude: 1.3196,
  longitude: 103.8927,
  email: "info@opentech.example",
  imageUrl: "/images/events/open-tech-summit-2027.svg",
  logoUrl: "/images/events/open-tech-summit-2027-logo.svg",
  ownerName: "Open Tech Community (demo)",
  ownerDescription:
    "A volunteer-run community of developers, makers and educators from across Asia. This organizer and event are demo data.",
  externalEventUrl: "https://opentech.example",
  ticketUrl: "https://tickets.opentech.example/ots2027",
  paymentCurrency: "SGD",
  topicSlug: "science-technology",
  subTopicSlug: "open-source",
  typeSlug: "conference",
  schedulePublishedOn: DateTime.fromISO("2027-02-15T10:00", { zone: DEMO_TIMEZONE }),
  description: [
    "Open Tech Summit brings together developers, designers, makers, students and educators for two days of talks, workshops and lightning talks about open source software, open hardware, artificial intelligence and the open web.",
    "Meet the people behind the projects you use every day, learn something new in a hands-on workshop, and find collaborators for your next project. Talks are in English; all sessions are recorded where the speakers agree.",
    "This is demonstration data seeded into a fresh Open Event installation.",
  ].join("\n\n"),
  codeOfConduct: [
    "Open Tech Summit is dedicated to a harassment-free conference experience for everyone, regardless of gender, gender identity and expression, age, sexual orientation, disability, physical appearance, body size, race, ethnicity, religion (or lack thereof), or technology choices.",
    "We do not tolerate harassment of participants in any form. Participants asked to stop any harassing behaviour are expected to comply immediately. Contact the organizers at info@opentech.example or at the registration desk.",
  ].join("\n\n"),
  /** Form fields beyond the defaults that the demo event asks for: its sessions come in tracks and types. */
  formIncludes: ["session:longAbstract", "session:track", "session:sessionType"],
};

/**
 * The demo event's call for speakers: public, open from the first submissions (October 2026)
 * until the event starts, with an announced deadline at the end of January. It ends when the
 * demo stops being upcoming, so the proposal page works as long as the demo does.
 */
export const DEMO_SPEAKERS_CALL = {
  announcement:
    "<p>Open Tech Summit 2027 welcomes talks, workshops and lightning talks about open source software, open hardware, artificial intelligence and the open web.</p><p>First-time speakers are very welcome: the programme team helps you shape your proposal. Please submit by <strong>31 January 2027</strong>.</p>",
  startsAt: DateTime.fromISO("2026-10-01T00:00", { zone: DEMO_TIMEZONE }),
  softEndsAt: DateTime.fromISO("2027-01-31T23:59", { zone: DEMO_TIMEZONE }),
  endsAt: local(1, "09:00"),
  // The link secret of a private call; this one is public, so the value only has to be unique.
  hash: "ots2027-demo-call-for-speakers",
};

export type RoomKey = "main" | "2a" | "2b" | "lab";

export const ROOMS: { key: RoomKey; name: string; floor: number; room: string; latitude: number; longitude: number }[] = [
  { key: "main", name: "Main Hall", floor: 1, room: "Hall 1", latitude: 1.31962, longitude: 103.89268 },
  { key: "2a", name: "Room 2A", floor: 2, room: "2-01", latitude: 1.31958, longitude: 103.89275 },
  { key: "2b", name: "Room 2B", floor: 2, room: "2-02", latitude: 1.31966, longitude: 103.89281 },
  { key: "lab", name: "Workshop Lab", floor: 3, room: "3-05", latitude: 1.31955, longitude: 103.89262 },
];

export type TrackKey = "osc" | "ai" | "web" | "hw";

export const TRACKS: { key: TrackKey; name: string; description: string; color: string }[] = [
  {
    key: "osc",
    name: "Open Source & Community",
    description: "Maintaining projects, growing communities, licensing and funding open source.",
    color: "#16a34a",
  },
  {
    key: "ai",
    name: "AI & Data",
    description: "Open models, data engineering and the honest evaluation of AI systems.",
    color: "#7c3aed",
  },
  {
    key: "web",
    name: "Web & Cloud",
    description: "The open web platform, cloud-native operations and self-hosting.",
    color: "#2563eb",
  },
  {
    key: "hw",
    name: "Hardware & IoT",
    description: "Open hardware, embedded systems, RISC-V and the right to repair.",
    color: "#ea580c",
  },
];

export type SessionTypeKey = "talk" | "workshop" | "lightning";

export const SESSION_TYPES: { key: SessionTypeKey; name: string; length: string }[] = [
  { key: "talk", name: "Talk", length: "00:30" },
  { key: "workshop", name: "Workshop", length: "01:30" },
  { key: "lightning", name: "Lightning Talk", length: "00:10" },
];

export interface SpeakerSeed {
  name: string;
  /** Defaults to firstname.lastname@speakers.example. */
  email?: string;
  organisation: string;
  position: string;
  city: string;
  country: string;
  gender: "female" | "male";
  /** What the speaker works on, used in the biographies. */
  focus: string;
  isFeatured?: boolean;
  /** The development user this speaker profile belongs to. */
  userKey?: "speaker";
}

/** Index 0 is the speaker@example.com user's profile. */
export const SPEAKERS: SpeakerSeed[] = [
  { name: "Priya Raman", email: "speaker@example.com", organisation: "Tidewater Analytics", position: "Data Engineer", city: "Singapore", country: "Singapore", gender: "female", focus: "data pipelines on PostgreSQL", userKey: "speaker", isFeatured: true },
  { name: "Linh Nguyen", organisation: "Open Tech Community", position: "Community Lead", city: "Singapore", country: "Singapore", gender: "female", focus: "open source communities across Asia", isFeatured: true },
  { name: "Markus Weber", organisation: "Open Tech Community", position: "Programme Chair", city: "Berlin", country: "Germany", gender: "male", focus: "sustainable funding for free software" },
  { name: "Aiko Tanaka", organisation: "Kite Systems", position: "Developer Advocate", city: "Tokyo", country: "Japan", gender: "female", focus: "inclusive contributor communities" },
  { name: "Budi Santoso", organisation: "Nusantara Open Labs", position: "Maintainer", city: "Jakarta", country: "Indonesia", gender: "male", focus: "mentoring first-time contributors" },
  { name: "Clara Schmidt", organisation: "Lexicon Legal", position: "Open Source Counsel", city: "Munich", country: "Germany", gender: "female", focus: "software licensing and compliance" },
  { name: "Daniel Okafor", organisation: "Harbor Foundation", position: "Program Manager", city: "Lagos", country: "Nigeria", gender: "male", focus: "onboarding new contributors" },
  { name: "Elena Petrova", organisation: "Commons Fund", position: "Director", city: "Sofia", country: "Bulgaria", gender: "female", focus: "governance of open source foundations" },
  { name: "Farhan Rahman", organisation: "Orbital Data", position: "Software Engineer", city: "Dhaka", country: "Bangladesh", gender: "male", focus: "satellite ground stations" },
  { name: "Grace Lim", organisation: "Docsmith", position: "Technical Writer", city: "Kuala Lumpur", country: "Malaysia", gender: "female", focus: "documentation and self-hosting" },
  { name: "Hiroshi Sato", organisation: "Mangrove Labs", position: "Machine Learning Engineer", city: "Osaka", country: "Japan", gender: "male", focus: "running open language models locally", isFeatured: true },
  { name: "Isabel Cruz", organisation: "Mangrove Labs", position: "Research Scientist", city: "Manila", country: "Philippines", gender: "female", focus: "language models for low-resource languages" },
  { name: "Jun Wei Tan", organisation: "Lumen Cloud", position: "Staff Engineer", city: "Singapore", country: "Singapore", gender: "male", focus: "evaluating AI systems" },
  { name: "Kavya Iyer", organisation: "Privacy Works", position: "Privacy Engineer", city: "Bengaluru", country: "India", gender: "female", focus: "privacy-preserving analytics and open data" },
  { name: "Liam O'Connor", organisation: "Tessellate", position: "Backend Engineer", city: "Dublin", country: "Ireland", gender: "male", focus: "search and home automation" },
  { name: "Mai Tran", organisation: "Saigon NLP Group", position: "Researcher", city: "Ho Chi Minh City", country: "Vietnam", gender: "female", focus: "open datasets for Southeast Asian languages" },
  { name: "Nikhil Shah", organisation: "Lumen Cloud", position: "ML Platform Engineer", city: "Pune", country: "India", gender: "male", focus: "machine learning in production" },
  { name: "Olga Kowalska", organisation: "Embedded Minds", position: "Firmware Engineer", city: "Warsaw", country: "Poland", gender: "female", focus: "machine learning on microcontrollers" },
  { name: "Pedro Alvarez", organisation: "Benchmark Society", position: "Performance Engineer", city: "Madrid", country: "Spain", gender: "male", focus: "benchmarking AI models" },
  { name: "Quynh Le", organisation: "Kite Systems", position: "Frontend Engineer", city: "Hanoi", country: "Vietnam", gender: "female", focus: "React Server Components and offline-first apps", isFeatured: true },
  { name: "Rahul Menon", organisation: "Lumen Cloud", position: "Site Reliability Engineer", city: "Singapore", country: "Singapore", gender: "male", focus: "Kubernetes and zero-downtime operations" },
  { name: "Sofia Rossi", organisation: "Access First", position: "Accessibility Specialist", city: "Milan", country: "Italy", gender: "female", focus: "accessible web applications" },
  { name: "Thanh Pham", organisation: "Kite Systems", position: "Web Developer", city: "Da Nang", country: "Vietnam", gender: "male", focus: "progressive web apps" },
  { name: "Uma Krishnan", organisation: "Tessellate", position: "Observability Lead", city: "Chennai", country: "India", gender: "female", focus: "OpenTelemetry and observability" },
  { name: "Victor Hugo Silva", organisation: "Edge Web", position: "Principal Engineer", city: "São Paulo", country: "Brazil", gender: "male", focus: "HTTP caching and API design" },
  { name: "Wen Li", organisation: "Wasm Works", position: "Compiler Engineer", city: "Shenzhen", country: "China", gender: "female", focus: "WebAssembly runtimes" },
  { name: "Xavier Dubois", organisation: "OpenFab", position: "Hardware Designer", city: "Lyon", country: "France", gender: "male", focus: "open hardware manufacturing", isFeatured: true },
  { name: "Yuna Kim", organisation: "OpenFab", position: "Electronics Engineer", city: "Seoul", country: "South Korea", gender: "female", focus: "conference badges and firmware" },
  { name: "Zainab Hassan", organisation: "Riverbank University", position: "Lecturer", city: "Kuala Lumpur", country: "Malaysia", gender: "female", focus: "RISC-V and robotics in education" },
  { name: "Arjun Das", organisation: "GreenSense", position: "IoT Engineer", city: "Kolkata", country: "India", gender: "male", focus: "low-power sensor networks" },
];

export interface SessionSeed {
  key: string;
  title: string;
  subtitle?: string;
  shortAbstract: string;
  track: TrackKey;
  type: SessionTypeKey;
  state: SessionState;
  level: "Beginner" | "Intermediate" | "Advanced";
  /** Indexes into SPEAKERS. */
  speakers: number[];
}

export const SESSIONS: SessionSeed[] = [
  // Open Source & Community
  { key: "keynote-open", title: "Opening Keynote: Twenty Years of Open Source in Asia", shortAbstract: "How a handful of user groups became a region-wide movement, and what the next twenty years need from all of us.", track: "osc", type: "talk", state: "confirmed", level: "Beginner", speakers: [1] },
  { key: "maintainers", title: "Sustaining Open Source Maintainers Without Burning Out", shortAbstract: "Practical habits, tooling and boundaries that keep maintainers healthy while their projects grow.", track: "osc", type: "talk", state: "confirmed", level: "Beginner", speakers: [2] },
  { key: "inclusive", title: "Building an Inclusive Contributor Community", subtitle: "Lessons from three years of mentoring", shortAbstract: "What changed when we rewrote our contributor guide, added mentors and started measuring who stays.", track: "osc", type: "talk", state: "accepted", level: "Beginner", speakers: [3, 4] },
  { key: "licenses", title: "License Compliance for Busy Engineers", shortAbstract: "A pragmatic checklist for shipping software that depends on hundreds of open source packages.", track: "osc", type: "talk", state: "accepted", level: "Intermediate", speakers: [5] },
  { key: "first-pr", title: "Your First Pull Request in Ten Minutes", shortAbstract: "Fork, branch, commit, push: a live walk-through of a first contribution, from start to merge.", track: "osc", type: "lightning", state: "accepted", level: "Beginner", speakers: [6] },
  { key: "funding-panel", title: "Panel: Funding Open Source in 2027", shortAbstract: "Foundations, companies and individual sponsors discuss what works for paying the people who build the commons.", track: "osc", type: "talk", state: "confirmed", level: "Beginner", speakers: [2, 7, 8] },
  { key: "governance", title: "Governance Models for Growing Projects", shortAbstract: "From benevolent dictator to steering committee: choosing a governance model before you need one.", track: "osc", type: "talk", state: "pending", level: "Intermediate", speakers: [7] },
  { key: "docs", title: "Documentation That People Actually Read", shortAbstract: "Structure, tone and tooling for documentation that answers the question the reader really has.", track: "osc", type: "talk", state: "accepted", level: "Beginner", speakers: [9] },
  { key: "translation", title: "Community Translation Sprints", shortAbstract: "How to organise a weekend sprint that translates a project into five languages and keeps them current.", track: "osc", type: "talk", state: "pending", level: "Beginner", speakers: [6] },
  // AI & Data
  { key: "local-llm", title: "Running Open Language Models on a Laptop", shortAbstract: "Quantisation, memory budgets and the tooling that makes capable open models run offline on ordinary hardware.", track: "ai", type: "talk", state: "confirmed", level: "Intermediate", speakers: [10] },
  { key: "pg-pipelines", title: "Data Pipelines with Nothing but PostgreSQL", shortAbstract: "Queues, scheduling, incremental aggregation and change capture without adding another moving part.", track: "ai", type: "talk", state: "accepted", level: "Intermediate", speakers: [0] },
  { key: "finetune-workshop", title: "Workshop: Fine-Tuning Small Models for Your Language", shortAbstract: "Bring a laptop: we fine-tune a small open model on a community dataset and evaluate the result together.", track: "ai", type: "workshop", state: "accepted", level: "Advanced", speakers: [10, 11] },
  { key: "ai-eval", title: "Evaluating AI Systems Honestly", shortAbstract: "Why leaderboard numbers mislead, and how to build an evaluation that predicts how your users will fare.", track: "ai", type: "talk", state: "accepted", level: "Intermediate", speakers: [12] },
  { key: "privacy-analytics", title: "Privacy-Preserving Analytics", shortAbstract: "Differential privacy and aggregation techniques that answer product questions without tracking individuals.", track: "ai", type: "talk", state: "accepted", level: "Advanced", speakers: [13] },
  { key: "vector-search", title: "Vector Search in One Table", shortAbstract: "Similarity search with an index extension instead of a separate vector database.", track: "ai", type: "lightning", state: "accepted", level: "Intermediate", speakers: [14] },
  { key: "sea-datasets", title: "Open Datasets for Southeast Asian Languages", shortAbstract: "Collecting, licensing and publishing speech and text corpora with and for the communities that speak them.", track: "ai", type: "talk", state: "confirmed", level: "Beginner", speakers: [15] },
  { key: "notebook-workshop", title: "Workshop: From Notebook to Production in 90 Minutes", shortAbstract: "Turn an exploratory notebook into a tested, packaged and deployed service, step by step.", track: "ai", type: "workshop", state: "accepted", level: "Intermediate", speakers: [12, 16] },
  { key: "tinyml", title: "Machine Learning on Microcontrollers", shortAbstract: "Keyword spotting and anomaly detection on chips with kilobytes of memory.", track: "ai", type: "talk", state: "pending", level: "Advanced", speakers: [17] },
  { key: "benchmarks", title: "What the Benchmarks Don't Tell You", shortAbstract: "Five minutes on contamination, variance and the numbers missing from model cards.", track: "ai", type: "lightning", state: "accepted", level: "Beginner", speakers: [18] },
  // Web & Cloud
  { key: "rsc", title: "Server Components in Practice", shortAbstract: "What moved to the server, what stayed on the client, and what we learned migrating a large app.", track: "web", type: "talk", state: "accepted", level: "Intermediate", speakers: [19] },
  { key: "k8s", title: "Kubernetes Without the Tears", shortAbstract: "A small, boring cluster setup for teams that want reliability without a platform department.", track: "web", type: "talk", state: "confirmed", level: "Intermediate", speakers: [20] },
  { key: "a11y", title: "Accessible Web Apps by Default", shortAbstract: "Components, tests and review habits that make accessibility the path of least resistance.", track: "web", type: "talk", state: "accepted", level: "Beginner", speakers: [21] },
  { key: "pwa-workshop", title: "Workshop: Building an Offline-First Progressive Web App", shortAbstract: "Service workers, background sync and storage: build a conference schedule app that works on a plane.", track: "web", type: "workshop", state: "accepted", level: "Intermediate", speakers: [19, 22] },
  { key: "otel", title: "Observability with OpenTelemetry", shortAbstract: "Traces, metrics and logs from one instrumentation, exported to the open source backend of your choice.", track: "web", type: "talk", state: "confirmed", level: "Intermediate", speakers: [23] },
  { key: "http-caching", title: "HTTP Caching Headers Explained", shortAbstract: "Cache-Control, ETag and Vary in five minutes, with the mistakes everybody makes once.", track: "web", type: "lightning", state: "accepted", level: "Beginner", speakers: [24] },
  { key: "zero-downtime", title: "Zero-Downtime Database Migrations", shortAbstract: "Expand, migrate, contract: changing the schema of a busy database without a maintenance window.", track: "web", type: "talk", state: "confirmed", level: "Advanced", speakers: [0, 20] },
  { key: "wasm", title: "The State of WebAssembly", shortAbstract: "Components, WASI and garbage collection: where WebAssembly stands outside the browser.", track: "web", type: "talk", state: "accepted", level: "Intermediate", speakers: [25] },
  { key: "self-hosting", title: "Self-Hosting for Small Organisations", shortAbstract: "Mail, files and chat for a twenty-person non-profit on one well-kept server.", track: "web", type: "talk", state: "pending", level: "Beginner", speakers: [9] },
  { key: "api-design", title: "Designing Public APIs That Last", shortAbstract: "Versioning, pagination and error formats for APIs other people build on.", track: "web", type: "talk", state: "rejected", level: "Intermediate", speakers: [24] },
  // Hardware & IoT
  { key: "keynote-hardware", title: "Open Hardware Keynote: From Prototype to Production", shortAbstract: "What it takes to take an open hardware design from a breadboard to a thousand units.", track: "hw", type: "talk", state: "confirmed", level: "Beginner", speakers: [26] },
  { key: "badge-workshop", title: "Workshop: Soldering Your Conference Badge", shortAbstract: "Assemble, flash and hack this year's open hardware badge. All tools and parts provided.", track: "hw", type: "workshop", state: "confirmed", level: "Beginner", speakers: [26, 27] },
  { key: "riscv", title: "RISC-V in the Classroom", shortAbstract: "Teaching computer architecture with an open instruction set and boards students can afford.", track: "hw", type: "talk", state: "accepted", level: "Beginner", speakers: [28] },
  { key: "ota", title: "Flashing Firmware Over the Air", shortAbstract: "Safe over-the-air updates with A/B partitions and signed images, in five minutes.", track: "hw", type: "lightning", state: "accepted", level: "Intermediate", speakers: [27] },
  { key: "smart-farming", title: "Low-Power Sensor Networks for Smart Farming", shortAbstract: "LoRa sensors that run for years on a battery, and what farmers did with the data.", track: "hw", type: "talk", state: "accepted", level: "Intermediate", speakers: [29] },
  { key: "repair", title: "Repairable Electronics and the Right to Repair", shortAbstract: "Design choices that make devices repairable, and the regulation that is starting to require them.", track: "hw", type: "talk", state: "accepted", level: "Beginner", speakers: [3] },
  { key: "weather-station", title: "A Tiny Weather Station", shortAbstract: "Five minutes, four sensors and one open dashboard.", track: "hw", type: "lightning", state: "accepted", level: "Beginner", speakers: [29] },
  { key: "robots", title: "Building Robots with Students", shortAbstract: "A semester-long robotics course built entirely on open hardware and open curricula.", track: "hw", type: "talk", state: "pending", level: "Beginner", speakers: [28] },
  { key: "home-automation", title: "Home Automation Without the Cloud", shortAbstract: "Local-only control of lights, heating and sensors with open firmware.", track: "hw", type: "talk", state: "rejected", level: "Intermediate", speakers: [14] },
  { key: "ground-stations", title: "Open Source Satellite Ground Stations", shortAbstract: "Receiving weather satellite images with a software-defined radio and a home-made antenna.", track: "hw", type: "talk", state: "draft", level: "Advanced", speakers: [8] },
  { key: "open-maps", title: "Mapping Cities with Open Data", shortAbstract: "Combining community mapping with open government data to plan safer streets.", track: "ai", type: "talk", state: "draft", level: "Beginner", speakers: [13] },
];

/**
 * The programme grid: per day and room, the sessions in running order. Times follow from the
 * session types' lengths (see `scheduleSessions`), so editing the grid cannot create overlaps.
 * Sessions not listed here stay unscheduled (the pending, rejected and draft ones).
 */
export const PROGRAM: Record<1 | 2, Record<RoomKey, string[]>> = {
  1: {
    main: ["keynote-open", "maintainers", "local-llm", "funding-panel", "k8s"],
    "2a": ["inclusive", "licenses", "docs", "pg-pipelines"],
    "2b": ["wasm", "first-pr", "vector-search", "riscv", "benchmarks"],
    lab: ["finetune-workshop", "notebook-workshop"],
  },
  2: {
    main: ["keynote-hardware", "sea-datasets", "zero-downtime", "ai-eval", "rsc"],
    "2a": ["privacy-analytics", "a11y", "otel"],
    "2b": ["smart-farming", "http-caching", "ota", "repair", "weather-station"],
    lab: ["pwa-workshop", "badge-workshop"],
  },
};

/** The main hall opens the day with the keynote; the other rooms start after it. */
const ROOM_OPENS: Record<RoomKey, string> = { main: "09:00", "2a": "09:45", "2b": "09:45", lab: "09:45" };
/** Room changes, hallway track and coffee between sessions. */
const BREAK_MINUTES = 30;
const LUNCH = { from: "12:30", to: "13:30" };
const DAY_ENDS = "18:00";

export interface ScheduledSlot {
  day: 1 | 2;
  room: RoomKey;
  startsAt: DateTime;
  endsAt: DateTime;
}

/** Lays out PROGRAM: sessions run back to back with a break between them and none across lunch. */
export function scheduleSessions(): Map<string, ScheduledSlot> {
  const lengths = new Map(SESSION_TYPES.map((t) => [t.key, t.length]));
  const types = new Map(SESSIONS.map((s) => [s.key, s.type]));
  const slots = new Map<string, ScheduledSlot>();
  for (const day of [1, 2] as const) {
    for (const room of ROOMS) {
      let cursor = local(day, ROOM_OPENS[room.key]);
      for (const key of PROGRAM[day][room.key]) {
        const type = types.get(key);
        const length = type && lengths.get(type);
        if (!length) throw new Error(`PROGRAM lists unknown session "${key}"`);
        if (slots.has(key)) throw new Error(`PROGRAM lists session "${key}" twice`);
        const [hours, minutes] = length.split(":").map(Number);
        const duration = { hours: hours ?? 0, minutes: minutes ?? 0 };
        if (cursor.plus(duration) > local(day, LUNCH.from) && cursor < local(day, LUNCH.to)) cursor = local(day, LUNCH.to);
        const endsAt = cursor.plus(duration);
        if (endsAt > local(day, DAY_ENDS)) throw new Error(`PROGRAM day ${day} ${room.name} runs past ${DAY_ENDS}`);
        slots.set(key, { day, room: room.key, startsAt: cursor, endsAt });
        cursor = endsAt.plus({ minutes: BREAK_MINUTES });
      }
    }
  }
  return slots;
}

export interface SponsorSeed {
  name: string;
  slug: string;
  type: string;
  level: number;
  url: string;
  description: string;
  color: string;
}

export const SPONSORS: SponsorSeed[] = [
  { name: "Lumen Cloud", slug: "lumen-cloud", type: "Platinum", level: 1, url: "https://lumencloud.example", description: "Open infrastructure for the cloud you run yourself.", color: "#f59e0b" },
  { name: "Kite Systems", slug: "kite-systems", type: "Gold", level: 2, url: "https://kitesystems.example", description: "Web tooling for teams of every size.", color: "#0ea5e9" },
  { name: "Mangrove Labs", slug: "mangrove-labs", type: "Gold", level: 2, url: "https://mangrovelabs.example", description: "Open language technology for Southeast Asia.", color: "#059669" },
  { name: "OpenFab", slug: "openfab", type: "Silver", level: 3, url: "https://openfab.example", description: "Small-batch manufacturing for open hardware.", color: "#dc2626" },
  { name: "Tessellate", slug: "tessellate", type: "Silver", level: 3, url: "https://tessellate.example", description: "Observability for distributed systems.", color: "#7c3aed" },
  { name: "Harbor Foundation", slug: "harbor-foundation", type: "Community Partner", level: 4, url: "https://harbor.example", description: "Supporting open source communities since 2009.", color: "#334155" },
];

export const SOCIAL_LINKS: { name: string; identifier: string; link: string }[] = [
  { name: "Website", identifier: "website", link: "https://opentech.example" },
  { name: "Twitter", identifier: "twitter", link: "https://twitter.example/opentechsummit" },
  { name: "Mastodon", identifier: "mastodon", link: "https://social.opentech.example/@summit" },
  { name: "GitHub", identifier: "github", link: "https://git.opentech.example/opentech" },
  { name: "YouTube", identifier: "youtube", link: "https://video.opentech.example/opentechsummit" },
];

export const TICKETS: {
  name: string;
  description: string;
  type: TicketType;
  price: string;
  quantity: number;
  maxOrder: number;
  isHidden: boolean;
}[] = [
  { name: "Community Pass", description: "Free entry for students and community members, both days.", type: "free", price: "0.00", quantity: 300, maxOrder: 2, isHidden: false },
  // Shows attendees a ticket that is gone (no quantity left).
  { name: "Early Bird Pass", description: "Both days at an early price, for the first hundred.", type: "paid", price: "80.00", quantity: 0, maxOrder: 2, isHidden: false },
  { name: "Standard Pass", description: "Both days, all talks and workshops, lunch included.", type: "paid", price: "120.00", quantity: 500, maxOrder: 10, isHidden: false },
  { name: "Supporter Pass", description: "A standard pass plus a conference T-shirt; helps fund travel grants.", type: "paid", price: "350.00", quantity: 50, maxOrder: 5, isHidden: false },
  { name: "Travel Fund Donation", description: "Any amount, all of it goes to speaker and student travel grants.", type: "donation", price: "0.00", quantity: 1000, maxOrder: 1, isHidden: false },
  { name: "Speaker & Volunteer Pass", description: "Handed out by the organizers; not for sale.", type: "free", price: "0.00", quantity: 120, maxOrder: 1, isHidden: true },
];

export const TICKET_SALES = {
  startsAt: DateTime.fromISO("2026-11-01T10:00", { zone: DEMO_TIMEZONE }),
  endsAt: local(2, "12:00"),
};

/** firstname.lastname, ASCII only (the speakers' e-mail local part and image name). */
export function personSlug(name: string): string {
  const parts = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z\s-]/g, "")
    .split(/\s+/)
    .filter(Boolean);
  return parts.length > 1 ? `${parts[0]}.${parts[parts.length - 1]}` : (parts[0] ?? "speaker");
}

export function speakerEmail(speaker: SpeakerSeed): string {
  return speaker.email ?? `${personSlug(speaker.name)}@speakers.example`;
}

export function avatarUrl(name: string): string {
  return `/images/avatars/${personSlug(name).replace(".", "-")}.svg`;
}

export function sponsorLogoUrl(sponsor: Pick<SponsorSeed, "slug">): string {
  return `/images/sponsors/${sponsor.slug}.svg`;
}
