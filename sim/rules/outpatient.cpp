// The outpatient clinic (poli) and GP referrals. Appointments run hourly on
// working days; on paper the clinic sees fewer patients (the step mode's
// throughput) and turns the rest away, unless the team cancelled them in
// advance. Since format 8 the appointments taken off the list in advance
// (postponed, cancelled by the team or by the patient) free their time for
// those that remain. Referrals arrive digitally; without the referral function and no
// phone/fax procedure they cannot be received and wait.

#include <cmath>

#include "engine/world.h"

namespace epd {

void World::on_outpatient_hour(HospitalState& h) {
  const OutpatientParams& o = h.def->outpatient;
  const int open_minute = o.opens.hour * 60 + o.opens.minute, close_minute = o.closes.hour * 60 + o.closes.minute;
  const int minute = calendar_.minute_of_day(now_);
  schedule(minute + 60 < close_minute ? now_ + kHour : calendar_.next_clock_time(now_ + 1, o.opens.hour, o.opens.minute),
           kOutpatientHour, h.index);
  if (!calendar_.is_working_day(now_)) return;
  const double hours = std::max(1, close_minute - open_minute) / 60.0;
  h.outpatient_carry += o.visits_per_working_day / hours * h.flow(Flow::outpatient);
  const SimTime record_missing = record_missing_since(h);
  const double needing_record = h.def->postponement.clinic_share_needing_record;
  const bool postponing = needing_record > 0 && policy_postpones(h, record_missing);
  if (postponing) {
    // The downtime policy: nobody can read the record, so the patients who
    // need it get a new date; the others are seen without it.
    h.postponed_carry += h.outpatient_carry * needing_record;
    h.outpatient_carry -= h.outpatient_carry * needing_record;
    const double n = std::floor(h.postponed_carry);
    h.postponed_carry -= n;
    h.count.outpatient_postponed += n;
    book_again(h, h.appointments_backlog, n);
  }
  const StepMode m = combined_mode(h.index, {{Role::registration, Access::write}, {Role::documentation, Access::read_write}});
  const bool cancelling = now_ < h.cancel_outpatient_until;
  const double away = stay_away(h, h.def->demand.appointments_stay_away);
  const PostponementPolicy& policy = h.def->postponement;
  const double kept = (postponing ? 1 - needing_record : 1) * (cancelling ? 1 - h.cancel_outpatient_share : 1) * (1 - away);
  const double fits = share_that_fits(m.throughput, kept);
  const auto appointment = [&](bool catch_up) {
    const double u_cancel = h.outpatient_rng.uniform(), u_fit = h.outpatient_rng.uniform();
    if (away > 0 && h.outpatient_rng.uniform() < away) {  // the patient cancels: not the hospital's doing
      h.count.appointments_stayed_away += 1;
      if (catch_up) h.appointments_backlog -= 1;  // and is not booked again
      return;
    }
    if ((cancelling && u_cancel < h.cancel_outpatient_share) || u_fit > fits) {
      h.count.outpatient_cancelled += 1;
      if (!catch_up) book_again(h, h.appointments_backlog, 1);
      return;
    }
    h.count.outpatient_visits += 1;
    if (catch_up) h.appointments_backlog -= 1;
    if (m.paper) add_paper_record(h, Role::documentation);
  };
  while (h.outpatient_carry >= 1) {
    h.outpatient_carry -= 1;
    appointment(false);
  }
  // Postponed patients booked again: catch_up_share of a day's visits, spread over the clinic's hours.
  if (policy.keeps_backlog() && h.appointments_backlog >= 1 && record_missing < 0) {
    h.catch_up_carry += policy.catch_up_share * o.visits_per_working_day / hours;
    const double extra = std::min(std::floor(h.catch_up_carry), std::floor(h.appointments_backlog));
    h.catch_up_carry -= std::floor(h.catch_up_carry);
    for (int k = 0; k < static_cast<int>(extra); ++k) appointment(true);
  }
}

void World::on_referral_day(HospitalState& h) {
  schedule(now_ + kDay, kReferralDay, h.index);
  if (!calendar_.is_working_day(now_)) return;
  const double referred = h.def->outpatient.referrals_per_working_day * h.flow(Flow::referrals);
  const double away = referrals_away(h);
  if (away > 0) {  // GPs refer these patients to another hospital
    h.referrals_away_carry += referred * away;
    const double lost = std::floor(h.referrals_away_carry);
    h.referrals_away_carry -= lost;
    h.count.referrals_elsewhere += lost;
  }
  h.referral_carry += referred * (1 - away);
  const double n = std::floor(h.referral_carry);
  h.referral_carry -= n;
  const StepMode& m = mode(h.index, Role::referral, Access::write);
  if (m.improvised) {
    h.referrals_pending += n;
    h.count.referrals_delayed += n;
  } else if (m.paper) {
    add_paper_record(h, Role::referral, n);
  }
}

void World::receive_pending_referrals(HospitalState& h) {
  if (h.referrals_pending <= 0) return;
  const StepMode& m = mode(h.index, Role::referral, Access::write);
  if (m.improvised) return;
  if (m.paper) add_paper_record(h, Role::referral, h.referrals_pending);
  h.referrals_pending = 0;
}

}  // namespace epd
