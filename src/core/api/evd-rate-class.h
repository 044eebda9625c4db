/* evd-rate-class.h: Zoom's rate-limit label of each operation, and the
 * budgets each plan gives them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * EvdRateClass:
 *
 * Zoom counts each operation against one per-second limit, named by the
 * operation's label in its reference; HEAVY operations also count against
 * a daily cap the account shares.
 */
typedef enum
{
  EVD_RATE_CLASS_LIGHT,
  EVD_RATE_CLASS_MEDIUM,
  EVD_RATE_CLASS_HEAVY,
} EvdRateClass;

#define EVD_N_RATE_CLASSES 3

/**
 * EvdPlan:
 * @EVD_PLAN_PRO: Zoom Pro: 30, 20 and 10 requests a second, 30,000 HEAVY a day
 * @EVD_PLAN_BUSINESS: Business and above (Education, Enterprise, Partner):
 *   80, 60 and 40 a second, 60,000 HEAVY a day
 *
 * The values match the rate-plan key of the app's settings.
 */
typedef enum
{
  EVD_PLAN_PRO = 0,
  EVD_PLAN_BUSINESS = 1,
} EvdPlan;

EvdRateClass  evd_rate_class_for_request   (const char  *method,
                                            const char  *path);
const char   *evd_rate_class_to_string     (EvdRateClass rate_class);

double        evd_plan_get_rate            (EvdPlan      plan,
                                            EvdRateClass rate_class);
guint         evd_plan_get_daily_heavy     (EvdPlan      plan);
gboolean      evd_plan_from_string         (const char  *text,
                                            EvdPlan     *out_plan);
const char   *evd_plan_to_string           (EvdPlan      plan);

G_END_DECLS
