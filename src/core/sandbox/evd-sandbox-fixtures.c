/* evd-sandbox-fixtures.c: TechCorp's hubs, events and registrations
 *
 * The tutorial's world, placed around the current date so that every status
 * (draft, upcoming, past, cancelled) has something in it whenever the
 * sandbox starts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "evd-sandbox"

#include "config.h"

#include "evd-sandbox-fixtures.h"
#include "evd-sandbox-routes.h"

#define EVENT_URL_BASE "https://events.eventdesk.example/ev/"
#define HUB_URL_BASE "https://events.eventdesk.example/hub/"
#define HOUR ((gint64) G_TIME_SPAN_HOUR)
#define DAY ((gint64) G_TIME_SPAN_DAY)

static const char * const first_names[] = {
  "Sarah", "James", "Lisa", "Michael", "Priya", "Daniel", "Emma", "Carlos", "Aisha", "Tom",
  "Olivia", "Kenji", "Fatima", "Lucas", "Grace", "Mateo", "Hannah", "Omar", "Chloe", "Ravi",
  "Sofia", "Ethan", "Mei", "Noah", "Isabel", "Liam", "Amara", "Jonas", "Zoe", "Diego",
  "Nina", "Samuel", "Yuki", "Leah", "Victor", "Elena", "Marcus", "Ingrid", "Tariq", "Rosa",
};

static const char * const last_names[] = {
  "Chen", "Wilson", "Martinez", "Brown", "Patel", "Kim", "Johnson", "Garcia", "Okafor", "Nguyen",
  "Schmidt", "Tanaka", "Haddad", "Silva", "Murphy", "Rossi", "Cohen", "Ali", "Dubois", "Sharma",
  "Lopez", "Walker", "Zhang", "Anderson", "Fernandez", "O'Brien", "Mensah", "Larsen", "Kowalski", "Reyes",
};

static const char * const domains[] = {
  "techcorp.example", "example.com", "example.org", "example.net", "northwind.example", "contoso.example",
};

static const char * const organizations[] = {
  "TechCorp", "Example Health", "Example University", "Example Logistics", "Northwind Traders", "Contoso",
};

static const char * const job_titles[] = {
  "Product Manager", "Software Engineer", "IT Director", "Customer Success Lead", "Data Analyst",
  "Marketing Manager", "Solutions Architect", "Operations Manager",
};

typedef struct
{
  EvdSandboxState *state;
  gint64           today;     /* 00:00 UTC today, microseconds */
  char            *marketing_hub;
  char            *training_hub;
  char            *partner_hub;
  char            *community_hub;
  char            *other_host;
} Seed;

static char *
add_hub (Seed       *seed,
         const char *name,
         const char *description,
         const char *access_level,
         gboolean    is_host,
         gboolean    can_create)
{
  g_autoptr(JsonObject) hub = json_object_new ();
  char *id = evd_sandbox_state_new_id (seed->state);
  g_autofree char *url = g_strconcat (HUB_URL_BASE, id, NULL);

  json_object_set_string_member (hub, "hub_id", id);
  json_object_set_string_member (hub, "name", name);
  json_object_set_string_member (hub, "description", description);
  json_object_set_string_member (hub, "access_level", access_level);
  json_object_set_string_member (hub, "public_url", url);
  json_object_set_boolean_member (hub, "hidden_hub", FALSE);
  json_object_set_boolean_member (hub, "hub_active", TRUE);
  json_object_set_boolean_member (hub, "auto_list_events", TRUE);
  json_object_set_boolean_member (hub, "landing_hub", FALSE);
  evd_sandbox_state_add_hub (seed->state, hub, is_host, can_create);

  return id;
}

static JsonArray *
strings_array (const char * const *strings)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    json_array_add_string_element (array, strings[i]);

  return array;
}

static void
add_calendar_entry (JsonArray *calendar,
                    gint64     start,
                    gint64     end)
{
  JsonObject *entry = json_object_new ();
  g_autofree char *start_text = evd_sandbox_format_utc (start);
  g_autofree char *end_text = evd_sandbox_format_utc (end);

  json_object_set_string_member (entry, "start_time", start_text);
  json_object_set_string_member (entry, "end_time", end_text);
  json_array_add_object_element (calendar, entry);
}

typedef struct
{
  const char *name;
  const char *description;
  const char *hub_id;
  const char *event_type;
  const char *meeting_type;     /* NULL for conferences */
  const char *attendance_type;
  const char *timezone;
  const char *status;           /* DRAFT, PUBLISHED, CANCELLED */
  gint64      start;            /* first day's start, UTC */
  gint64      duration;         /* each day's length */
  guint       days;
  gboolean    is_host;
} EventSpec;

static EvdSandboxEvent *
add_event (Seed            *seed,
           const EventSpec *spec)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autofree char *id = evd_sandbox_state_new_id (seed->state);
  g_autofree char *url = g_strconcat (EVENT_URL_BASE, id, NULL);
  JsonArray *calendar = json_array_new ();
  EvdSandboxEvent *event;

  for (guint day = 0; day < MAX (spec->days, 1); day++)
    add_calendar_entry (calendar, spec->start + day * DAY, spec->start + day * DAY + spec->duration);

  json_object_set_string_member (object, "event_id", id);
  json_object_set_string_member (object, "name", spec->name);
  json_object_set_string_member (object, "description", spec->description);
  json_object_set_string_member (object, "timezone", spec->timezone);
  json_object_set_string_member (object, "event_type", spec->event_type);
  json_object_set_string_member (object, "status", spec->status);
  json_object_set_string_member (object, "access_level", "PRIVATE_UNRESTRICTED");
  json_object_set_string_member (object, "attendance_type", spec->attendance_type);
  json_object_set_string_member (object, "hub_id", spec->hub_id);
  json_object_set_array_member (object, "calendar", calendar);
  if (spec->meeting_type != NULL)
    json_object_set_string_member (object, "meeting_type", spec->meeting_type);
  json_object_set_string_member (object, "host_id", spec->is_host ? seed->state->host_user_id : seed->other_host);
  json_object_set_string_member (object, "contact_name", spec->is_host ? "TechCorp Events Team" : "CloudWorks Community Team");
  json_object_set_string_member (object, "contact_email", spec->is_host ? "events@techcorp.example" : "community@cloudworks.example");
  json_object_set_array_member (object, "categories", strings_array ((const char * const[]) { "Business & Networking", NULL }));
  json_object_set_array_member (object, "tags", json_array_new ());
  json_object_set_array_member (object, "blocked_countries", json_array_new ());
  json_object_set_string_member (object, "tagline", "");
  json_object_set_string_member (object, "event_url", url);

  event = evd_sandbox_state_add_event (seed->state, object, spec->is_host);
  evd_sandbox_event_add_default_ticket_type (seed->state, event);

  return event;
}

static JsonObject *
add_session (Seed            *seed,
             EvdSandboxEvent *event,
             const char      *name,
             const char      *track,
             gint64           start,
             gint64           minutes,
             gint64           type)
{
  JsonObject *session = json_object_new ();
  g_autofree char *id = evd_sandbox_state_new_id (seed->state);
  g_autofree char *start_text = evd_sandbox_format_utc (start);
  g_autofree char *end_text = evd_sandbox_format_utc (start + minutes * 60 * (gint64) G_USEC_PER_SEC);

  json_object_set_string_member (session, "session_id", id);
  json_object_set_string_member (session, "name", name);
  json_object_set_string_member (session, "description", "");
  json_object_set_string_member (session, "start_time", start_text);
  json_object_set_string_member (session, "end_time", end_text);
  json_object_set_string_member (session, "timezone", json_object_get_string_member (event->object, "timezone"));
  json_object_set_int_member (session, "type", type);
  json_object_set_array_member (session, "session_speakers", json_array_new ());
  json_object_set_boolean_member (session, "featured", track == NULL);
  json_object_set_boolean_member (session, "visible_in_landing_page", TRUE);
  json_object_set_boolean_member (session, "featured_in_lobby", FALSE);
  json_object_set_boolean_member (session, "visible_in_lobby", TRUE);
  json_object_set_boolean_member (session, "is_simulive", FALSE);
  json_object_set_array_member (session, "track_labels", strings_array ((const char * const[]) { track, NULL }));
  json_object_set_array_member (session, "audience_labels", json_array_new ());
  json_object_set_array_member (session, "product_labels", json_array_new ());
  json_object_set_array_member (session, "level", json_array_new ());
  json_object_set_string_member (session, "attendance_type",
                                 json_object_get_string_member (event->object, "attendance_type"));
  g_ptr_array_add (event->sessions, session);

  return session;
}

/* Single-session and recurring events have the one session Zoom keeps. */
static void
add_own_session (Seed            *seed,
                 EvdSandboxEvent *event,
                 gint64           minutes)
{
  const char *meeting_type = json_object_get_string_member_with_default (event->object, "meeting_type", "MEETING");

  add_session (seed, event, json_object_get_string_member (event->object, "name"), NULL,
               event->start_us, minutes, g_strcmp0 (meeting_type, "WEBINAR") == 0 ? 2 : 0);
}

static JsonObject *
add_ticket_type (Seed            *seed,
                 EvdSandboxEvent *event,
                 const char      *name,
                 const char      *price,
                 gint64           quantity)
{
  JsonObject *type = json_object_new ();
  g_autofree char *id = evd_sandbox_state_new_id (seed->state);
  g_autofree char *start = evd_sandbox_format_utc (seed->today - 30 * DAY);
  g_autofree char *end = evd_sandbox_format_utc (MAX (event->end_us, seed->today + DAY));

  json_object_set_string_member (type, "ticket_type_id", id);
  json_object_set_string_member (type, "name", name);
  json_object_set_string_member (type, "description", "");
  json_object_set_string_member (type, "currency", "USD");
  json_object_set_boolean_member (type, "free", FALSE);
  json_object_set_string_member (type, "price", price);
  json_object_set_int_member (type, "quantity", quantity);
  json_object_set_string_member (type, "start_time", start);
  json_object_set_string_member (type, "end_time", end);
  json_object_set_int_member (type, "sold_quantity", 0);
  json_object_set_array_member (type, "sessions", strings_array ((const char * const[]) { "ALL", NULL }));
  json_object_set_array_member (type, "bookmarked_sessions", json_array_new ());
  g_ptr_array_add (event->ticket_types, type);

  return type;
}

static void
add_registration (Seed            *seed,
                  EvdSandboxEvent *event,
                  JsonObject      *type,
                  guint            n,
                  gboolean         full_profile)
{
  GRand *rand = seed->state->rand;
  const char *first = first_names[(n * 7 + g_rand_int_range (rand, 0, 3)) % G_N_ELEMENTS (first_names)];
  const char *last = last_names[(n * 11 + g_rand_int_range (rand, 0, 5)) % G_N_ELEMENTS (last_names)];
  guint org = g_rand_int_range (rand, 0, G_N_ELEMENTS (domains));
  g_autofree char *local = g_ascii_strdown (first, -1);
  g_autofree char *local_last = g_ascii_strdown (last, -1);
  g_autofree char *email = NULL;
  g_autofree char *id = evd_sandbox_state_new_id (seed->state);
  JsonObject *ticket;

  g_strdelimit (local_last, "'", '-');
  email = g_strdup_printf ("%s.%s@%s", local, local_last, domains[org]);
  if (evd_sandbox_event_find_ticket_by_email (event, email) != NULL)
    {
      g_free (email);
      email = g_strdup_printf ("%s.%s%u@%s", local, local_last, n, domains[org]);
    }

  ticket = json_object_new ();
  json_object_set_string_member (ticket, "ticket_id", id);
  json_object_set_string_member (ticket, "ticket_type_id", json_object_get_string_member (type, "ticket_type_id"));
  json_object_set_string_member (ticket, "email", email);
  json_object_set_string_member (ticket, "first_name", first);
  json_object_set_string_member (ticket, "last_name", last);
  json_object_set_string_member (ticket, "registration_source", "web");
  if (full_profile)
    {
      json_object_set_string_member (ticket, "organization", organizations[org]);
      json_object_set_string_member (ticket, "job_title", job_titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (job_titles))]);
      json_object_set_string_member (ticket, "country", "US");
      json_object_set_string_member (ticket, "authentication_method", "zoom_account_otp");
    }
  json_object_set_int_member (type, "sold_quantity", json_object_get_int_member_with_default (type, "sold_quantity", 0) + 1);
  evd_sandbox_reports_seed_registration (event, ticket, g_get_real_time ());
  evd_sandbox_event_add_ticket (event, ticket);
  json_object_unref (ticket);
}

static void
add_registrations (Seed            *seed,
                   EvdSandboxEvent *event,
                   guint            count)
{
  for (guint i = 0; i < count; i++)
    add_registration (seed, event, g_ptr_array_index (event->ticket_types, i % event->ticket_types->len), i, TRUE);
  if (evd_sandbox_event_get_status (event) == EVD_SANDBOX_STATUS_PAST)
    evd_sandbox_reports_seed_attendance (event);
}

static void
seed_summit (Seed *seed)
{
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc ((seed->today + 45 * DAY) / G_USEC_PER_SEC);
  static const struct { const char *name; const char *track; int day; int hour; int minutes; int type; } sessions[] = {
    { "Opening Keynote: The Next Decade of Cloud", NULL, 0, 16, 60, 2 },
    { "Securing Hybrid Work", "Security", 0, 18, 45, 2 },
    { "Building with the TechCorp API", "Developer", 0, 18, 45, 0 },
    { "Data Pipelines at Scale", "Data", 1, 16, 45, 2 },
    { "Customer Story: Northwind Logistics", "Customer Success", 1, 17, 30, 2 },
    { "Zero Trust in Practice", "Security", 1, 19, 45, 2 },
    { "Hands-on: Automating Workflows", "Developer", 2, 16, 90, 0 },
    { "Roadmap Preview", NULL, 2, 18, 45, 2 },
    { "Closing Keynote and Awards", NULL, 2, 21, 60, 2 },
  };
  EvdSandboxEvent *event;
  EventSpec spec = {
    NULL, "Three days of keynotes, hands-on labs and customer stories across five tracks.",
    seed->marketing_hub, "CONFERENCE", NULL, "hybrid", "America/Los_Angeles", "PUBLISHED",
    seed->today + 45 * DAY + 16 * HOUR, 8 * HOUR, 3, TRUE,
  };

  name = g_strdup_printf ("TechCorp Annual Summit %d", g_date_time_get_year (when));
  spec.name = name;
  event = add_event (seed, &spec);
  json_object_set_string_member (event->object, "physical_location", "Moscone Center West, 800 Howard St, San Francisco, CA");
  json_object_set_string_member (event->object, "tagline", "Build what's next");

  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    add_session (seed, event, sessions[i].name, sessions[i].track,
                 spec.start - 16 * HOUR + sessions[i].day * DAY + sessions[i].hour * HOUR,
                 sessions[i].minutes, sessions[i].type);
  add_ticket_type (seed, event, "Full Conference Pass", "299.00", 2000);
  add_ticket_type (seed, event, "VIP Pass", "799.00", 100);
  evd_sandbox_event_assign_meeting_ids (seed->state, event);
  add_registrations (seed, event, 25);
}

/* The first Tuesday of next month, 17:00 UTC. */
static gint64
next_first_tuesday (gint64 today)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (today / G_USEC_PER_SEC);
  g_autoptr(GDateTime) first = g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now), 1, 17, 0, 0);
  g_autoptr(GDateTime) next = g_date_time_add_months (first, 1);
  int weekday = g_date_time_get_day_of_week (next);   /* 1 = Monday */

  return g_date_time_to_unix (next) * G_USEC_PER_SEC + ((9 - weekday) % 7) * DAY;
}

static void
seed_recurring (Seed *seed)
{
  EventSpec spec = {
    "Product Tips Tuesday", "A one-hour webinar on the first Tuesday of each month: one feature, shown live, with Q&A.",
    seed->training_hub, "RECURRING", "WEBINAR", "virtual", "America/New_York", "PUBLISHED",
    next_first_tuesday (seed->today), HOUR, 1, TRUE,
  };
  EvdSandboxEvent *event = add_event (seed, &spec);
  JsonObject *recurrence = json_object_new ();

  json_object_set_int_member (recurrence, "type", 3);
  json_object_set_int_member (recurrence, "repeat_interval", 1);
  json_object_set_int_member (recurrence, "monthly_week", 1);
  json_object_set_int_member (recurrence, "monthly_week_day", 3);
  json_object_set_int_member (recurrence, "end_times", 12);
  json_object_set_int_member (recurrence, "duration", 60);
  json_object_set_object_member (event->object, "recurrence", recurrence);
  evd_sandbox_event_refresh_times (event);
  add_own_session (seed, event, 60);
  evd_sandbox_event_assign_meeting_ids (seed->state, event);
  add_registrations (seed, event, 12);
}

static void
seed_single_events (Seed *seed)
{
  const EventSpec specs[] = {
    { "Customer Onboarding Webinar", "Everything a new TechCorp customer needs in the first 30 days.",
      seed->training_hub, "SIMPLE_EVENT", "WEBINAR", "virtual", "America/Chicago", "PUBLISHED",
      seed->today + 14 * DAY + 18 * HOUR, HOUR, 1, TRUE },
    { "Introducing Project Phoenix", "The future of product analytics starts here.",
      seed->marketing_hub, "SIMPLE_EVENT", "WEBINAR", "virtual", "America/Los_Angeles", "DRAFT",
      seed->today + 30 * DAY + 18 * HOUR, 90 * 60 * (gint64) G_USEC_PER_SEC, 1, TRUE },
    { "Spring Product Launch Webinar", "What shipped this spring, and how to turn it on.",
      seed->marketing_hub, "SIMPLE_EVENT", "WEBINAR", "virtual", "Europe/London", "PUBLISHED",
      seed->today - 30 * DAY + 15 * HOUR, HOUR, 1, TRUE },
    { "Regional Roadshow: Chicago", "An afternoon with the TechCorp team and local customers.",
      seed->marketing_hub, "SIMPLE_EVENT", "MEETING", "in-person", "America/Chicago", "CANCELLED",
      seed->today + 21 * DAY + 19 * HOUR, 3 * HOUR, 1, TRUE },
    { "DevOps Lunch & Learn", "A community session on release pipelines.",
      seed->community_hub, "SIMPLE_EVENT", "MEETING", "virtual", "America/Denver", "PUBLISHED",
      seed->today - 5 * DAY + 18 * HOUR, HOUR, 1, FALSE },
  };
  const guint registrations[] = { 40, 0, 15, 6, 30 };

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      EvdSandboxEvent *event = add_event (seed, &specs[i]);

      add_own_session (seed, event, specs[i].duration / (60 * (gint64) G_USEC_PER_SEC));
      if (g_strcmp0 (specs[i].status, "DRAFT") != 0)
        evd_sandbox_event_assign_meeting_ids (seed->state, event);
      if (g_strcmp0 (specs[i].attendance_type, "in-person") == 0)
        json_object_set_string_member (event->object, "physical_location", "TechCorp Chicago Office, 233 S Wacker Dr, Chicago, IL");
      add_registrations (seed, event, registrations[i]);
    }
}

static void
seed_conferences (Seed *seed)
{
  const EventSpec workshop = {
    "Developer Day Workshop", "Two days of labs on the TechCorp platform, for developers and admins.",
    seed->training_hub, "CONFERENCE", NULL, "virtual", "Europe/Berlin", "DRAFT",
    seed->today + 60 * DAY + 8 * HOUR, 7 * HOUR, 2, TRUE,
  };
  const EventSpec partner_day = {
    "Partner Enablement Day", "Roadmap, sales plays and certification for TechCorp partners.",
    seed->marketing_hub, "CONFERENCE", NULL, "virtual", "Asia/Tokyo", "PUBLISHED",
    seed->today - 12 * DAY + HOUR, 4 * HOUR, 1, TRUE,
  };
  const EventSpec forum = {
    "Cloud Security Forum", "An industry forum on securing cloud workloads.",
    seed->community_hub, "CONFERENCE", NULL, "virtual", "America/New_York", "PUBLISHED",
    seed->today + 10 * DAY + 14 * HOUR, 6 * HOUR, 2, FALSE,
  };
  EvdSandboxEvent *event = add_event (seed, &workshop);

  add_session (seed, event, "Getting Started with the Platform", "Beginner", workshop.start, 90, 0);
  add_session (seed, event, "Automation Lab", "Intermediate", workshop.start + 2 * HOUR, 120, 0);
  add_session (seed, event, "Scaling and Observability", "Advanced", workshop.start + DAY, 90, 2);
  add_session (seed, event, "Ask the Engineers", NULL, workshop.start + DAY + 3 * HOUR, 60, 2);
  add_ticket_type (seed, event, "Workshop Seat", "49.00", 300);

  event = add_event (seed, &forum);
  add_session (seed, event, "Keynote: The State of Cloud Security", NULL, forum.start, 60, 2);
  add_session (seed, event, "Panel: Incident Response", "Operations", forum.start + 2 * HOUR, 60, 2);
  evd_sandbox_event_assign_meeting_ids (seed->state, event);

  /* A conference that took place, for attendance per session. */
  event = add_event (seed, &partner_day);
  add_session (seed, event, "Welcome and Partner Roadmap", NULL, partner_day.start, 60, 2);
  add_session (seed, event, "Selling the Platform", "Sales", partner_day.start + 75 * 60 * (gint64) G_USEC_PER_SEC, 45, 2);
  add_session (seed, event, "Certification Q&A", "Enablement", partner_day.start + 2 * HOUR + 15 * 60 * (gint64) G_USEC_PER_SEC, 45, 0);
  add_ticket_type (seed, event, "Partner Pass", "0", 120);
  evd_sandbox_event_assign_meeting_ids (seed->state, event);
  add_registrations (seed, event, 64);
}

void
evd_sandbox_fixtures_seed (EvdSandboxState *state)
{
  Seed seed = { state, 0, };
  gint64 now = g_get_real_time ();

  seed.today = now - now % DAY;
  seed.other_host = evd_sandbox_state_new_id (state);
  seed.marketing_hub = add_hub (&seed, "Marketing Events Hub", "Launches, webinars and TechCorp's annual summit.", "PUBLIC", TRUE, TRUE);
  seed.training_hub = add_hub (&seed, "Product Training Hub", "Onboarding and product training for customers.", "INTERNAL", TRUE, TRUE);
  /* Listed, but the account may not create events there: 26201. */
  seed.partner_hub = add_hub (&seed, "Partner Hub", "Events run by TechCorp's partner team.", "PUBLIC", TRUE, FALSE);
  /* The account only attends this one's events. */
  seed.community_hub = add_hub (&seed, "CloudWorks Community Hub", "Community events the TechCorp team attends.", "PUBLIC", FALSE, FALSE);

  seed_summit (&seed);
  seed_recurring (&seed);
  seed_single_events (&seed);
  seed_conferences (&seed);

  g_free (seed.marketing_hub);
  g_free (seed.training_hub);
  g_free (seed.partner_hub);
  g_free (seed.community_hub);
  g_free (seed.other_host);
}

static const char *
first_host_hub_id (EvdSandboxState *state,
                   guint            n)
{
  guint seen = 0;

  for (guint i = 0; i < state->hubs->len; i++)
    {
      EvdSandboxHub *hub = g_ptr_array_index (state->hubs, i);

      if (hub->is_host && hub->can_create && seen++ == n % 2)
        return json_object_get_string_member (hub->object, "hub_id");
    }

  return NULL;
}

/* Many events and registrations, quickly, for paging and scale tests. */
void
evd_sandbox_fixtures_generate (EvdSandboxState *state,
                               guint            n_events,
                               guint            n_tickets)
{
  static const char * const topics[] = {
    "Weekly Product Demo", "Customer Q&A", "Partner Briefing", "Release Walkthrough",
    "Security Office Hours", "Analytics Deep Dive", "Admin Training", "Town Hall",
  };
  static const char * const statuses[] = { "PUBLISHED", "PUBLISHED", "DRAFT", "CANCELLED" };
  Seed seed = { state, 0, };
  gint64 now = g_get_real_time ();

  seed.today = now - now % DAY;
  seed.other_host = g_strdup (state->host_user_id);

  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s #%u", topics[i % G_N_ELEMENTS (topics)], i + 1);
      gint64 offset_days = 1 + (i / 4) % 365;
      EventSpec spec = {
        name, "A generated sample event.", first_host_hub_id (state, i),
        i % 5 == 0 ? "CONFERENCE" : "SIMPLE_EVENT", i % 5 == 0 ? NULL : (i % 2 ? "MEETING" : "WEBINAR"),
        "virtual", "UTC", statuses[i % 4],
        seed.today + (i % 4 == 1 ? -offset_days : offset_days) * DAY + (9 + i % 8) * HOUR, HOUR, 1, TRUE,
      };

      add_event (&seed, &spec);
    }

  if (n_tickets > 0)
    {
      EventSpec spec = {
        EVD_SANDBOX_GENERATED_TICKETS_EVENT, "A large webinar with generated registrations.",
        first_host_hub_id (state, 0), "SIMPLE_EVENT", "WEBINAR", "virtual", "UTC", "PUBLISHED",
        seed.today + 20 * DAY + 17 * HOUR, HOUR, 1, TRUE,
      };
      EvdSandboxEvent *event = add_event (&seed, &spec);
      JsonObject *type = evd_sandbox_event_default_ticket_type (event);

      add_own_session (&seed, event, 60);
      evd_sandbox_event_assign_meeting_ids (state, event);
      for (guint i = 0; i < n_tickets; i++)
        add_registration (&seed, event, type, i, FALSE);
    }

  g_free (seed.other_host);
}
