/**
 * Platform-wide reference data: event topics (with the image an event without its own shows),
 * their sub-topics, and event types. Names follow Open Event's defaults, trimmed to a list an
 * organizer can scan.
 */
export interface TopicSeed {
  name: string;
  slug: string;
  /** Base colour of the generated topic image. */
  color: string;
  subTopics: string[];
}

export const TOPICS: TopicSeed[] = [
  {
    name: "Science & Technology",
    slug: "science-technology",
    color: "#2563eb",
    subTopics: ["Software", "Hardware", "Open Source", "Artificial Intelligence", "Science", "Robotics"],
  },
  {
    name: "Business & Professional",
    slug: "business-professional",
    color: "#0f766e",
    subTopics: ["Startups & Small Business", "Career", "Finance", "Marketing", "Non-Profit"],
  },
  { name: "Music", slug: "music", color: "#9333ea", subTopics: ["Classical", "Jazz", "Electronic", "Rock", "Folk", "Pop"] },
  {
    name: "Community & Culture",
    slug: "community-culture",
    color: "#ea580c",
    subTopics: ["Language", "Heritage", "Historic", "Neighbourhood", "LGBTQ+"],
  },
  {
    name: "Health & Wellness",
    slug: "health-wellness",
    color: "#16a34a",
    subTopics: ["Medical", "Mental Health", "Personal Health", "Yoga", "Spa"],
  },
  {
    name: "Education",
    slug: "education",
    color: "#ca8a04",
    subTopics: ["Higher Education", "Schools", "Adult Learning", "Education Technology"],
  },
  {
    name: "Performing & Visual Arts",
    slug: "performing-visual-arts",
    color: "#db2777",
    subTopics: ["Theatre", "Dance", "Fine Art", "Design", "Photography"],
  },
  {
    name: "Sports & Fitness",
    slug: "sports-fitness",
    color: "#dc2626",
    subTopics: ["Running", "Cycling", "Football", "Climbing", "Swimming"],
  },
  { name: "Food & Drink", slug: "food-drink", color: "#b45309", subTopics: ["Food", "Beverages", "Vegan", "Wine"] },
  { name: "Other", slug: "other", color: "#475569", subTopics: ["Other"] },
];

export const EVENT_TYPES: { name: string; slug: string }[] = [
  { name: "Conference", slug: "conference" },
  { name: "Seminar or Talk", slug: "seminar" },
  { name: "Meetup or Networking Event", slug: "meetup" },
  { name: "Class, Training or Workshop", slug: "workshop" },
  { name: "Hackathon", slug: "hackathon" },
  { name: "Webinar", slug: "webinar" },
  { name: "Festival or Fair", slug: "festival" },
  { name: "Tradeshow or Expo", slug: "expo" },
  { name: "Concert or Performance", slug: "concert" },
  { name: "Other", slug: "other" },
];

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\+/g, " plus ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function topicImageUrl(topic: Pick<TopicSeed, "slug">): string {
  return `/images/topics/${topic.slug}.svg`;
}
