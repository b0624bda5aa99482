// Demand that reacts to the outage. Once a hospital's trouble is public --
// its patient portal goes down, or an inject puts it in the news -- a share
// of its walk-ins, GP referrals and booked clinic patients go elsewhere
// (hospitals[].demand). The shares fade to nothing as confidence returns,
// and GPs also send referrals elsewhere while this hospital cannot receive
// them digitally. Format-1 and -2 files have every share 0.

#include <algorithm>

#include "engine/world.h"

namespace epd {

void World::make_public(HospitalState& h) { h.public_since = now_; }

// `first_share` at the moment the trouble became public, fading linearly.
double World::stay_away(const HospitalState& h, double first_share) const {
  if (h.public_since < 0 || first_share <= 0) return 0;
  const double returns = static_cast<double>(h.def->demand.confidence_returns.minutes);
  const double left = 1 - static_cast<double>(now_ - h.public_since) / returns;
  return first_share * std::max(0.0, left);
}

// The share of walk-ins who still come: the news effects' shares and the
// public's own reaction together.
double World::walk_ins_staying(const HospitalState& h) const {
  double stay = 1;
  for (double share : h.walk_in_shares) stay *= 1 - share;
  return stay * (1 - stay_away(h, h.def->demand.walk_ins_stay_away));
}

// The GP referrals that go to another hospital: the public's reaction, and
// GPs who cannot refer digitally here (the referral function is not up).
double World::referrals_away(HospitalState& h) {
  const DemandParams& d = h.def->demand;
  double stay = 1 - stay_away(h, d.referrals_stay_away);
  if (d.referral_down_elsewhere > 0 && mode(h.index, Role::referral, Access::write).paper)
    stay *= 1 - d.referral_down_elsewhere;
  return 1 - stay;
}

}  // namespace epd
