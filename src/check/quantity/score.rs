//! Scores and tallies (`Final score: 3-1`, `Vote: 312 to 290`, `6-4, 7-5`): compared as
//! pairs, never as ranges. The same pairs support the claim; the same pairs read from the
//! other side (`1-3` for the loser of `3-1`) support it with a note; other pairs in context
//! refute it.

use super::{candidate, mention_text, substituted, value_evidence};
use crate::article::Analysis;
use crate::check::{Outcome, context, listed};
use crate::claims::{Claim, QuantityClaim, Verdict};
use crate::recognise::{Mention, MentionKind};

/// How a stated score compares with the claimed one.
enum Agreement {
    Same,
    /// The same result read from the other side.
    Reversed,
    /// The claimed set is one of the article's.
    OneSet,
    Different,
}

fn compare(claimed: &[(f64, f64)], stated: &[(f64, f64)]) -> Agreement {
    let reversed = |pairs: &[(f64, f64)]| pairs.iter().map(|&(a, b)| (b, a)).collect::<Vec<_>>();
    if claimed == stated {
        Agreement::Same
    } else if reversed(claimed) == stated {
        Agreement::Reversed
    } else if claimed.len() == 1 && stated.len() > 1 && stated.contains(&claimed[0]) {
        Agreement::OneSet
    } else {
        Agreement::Different
    }
}

pub(super) fn decide(
    claim: &Claim,
    claimed: &QuantityClaim,
    sets: &[(f64, f64)],
    analysis: &Analysis,
) -> Outcome {
    let mut refutation: Option<(usize, &Mention)> = None;
    let claimed_stance = super::stance::of_claim(&claim.says);
    let mut near = Vec::new();
    for mention in &analysis.mentions {
        let MentionKind::Quantity(stated) = &mention.kind else {
            continue;
        };
        let Some(stated_sets) = &stated.score else {
            continue;
        };
        let agreement = compare(sets, stated_sets);
        // "May's deal was defeated 391-242 in January" against "432 to 202 in January and 391
        // to 242 in March": a tally with a date of its own must have the claimed one.
        if let Some(when) = &claimed.when
            && let Some(date) = super::figure_date(analysis, mention)
            && let MentionKind::Date(stated_date) = &date.kind
            && !stated_date.agrees_with(when)
        {
            if !matches!(agreement, Agreement::Different) {
                near.push(candidate(
                    analysis,
                    mention,
                    format!(
                        "the claim's date (the figure's is {})",
                        super::mention_text(analysis, date)
                    ),
                ));
            }
            continue;
        }
        let missing = context::missing_context(claim, analysis, mention.sentence);
        if !missing.is_empty() {
            if !matches!(agreement, Agreement::Different) {
                near.push(candidate(
                    analysis,
                    mention,
                    format!("context {}", listed(&missing)),
                ));
            }
            continue;
        }
        // "Westbury United beat Harbour City 3-1" against "Harbour City … win 3-1 at
        // Westbury United": a score is its winner's. And "Hoffenheim won 2-1" against
        // "Hoffenheim 1 Bayern Munich 2": a side of a result line (a name between its
        // numbers) that is not its winner.
        if !matches!(agreement, Agreement::Different)
            && let Some(owner) = mention.owner.as_deref()
        {
            let beaten = super::winner_and_loser(&claim.says).is_some_and(|(winner, loser)| {
                super::names_one(owner, &loser) && !super::names_one(owner, &winner)
            });
            let result_line = analysis
                .slice(mention.value_span)
                .contains(|c: char| c.is_uppercase());
            let other_side = result_line
                && super::claimed_winner(&claim.says).is_some_and(|winner| {
                    !super::names_one(owner, &winner)
                        && analysis
                            .slice(analysis.sentences[mention.sentence].span)
                            .contains(winner.as_str())
                });
            if beaten || other_side {
                let mut outcome = Outcome::new(analysis, Verdict::Refuted);
                outcome.evidence = Some(value_evidence(analysis, mention));
                outcome
                    .notes
                    .push(format!("the article gives the win to {owner}"));
                return outcome;
            }
        }
        if !matches!(
            context::binding(claim, analysis, mention),
            context::Binding::Free
        ) {
            continue;
        }
        // "MPs backed the deal 432-202" against "rejected the deal by 432 votes to 202".
        if !matches!(agreement, Agreement::Different)
            && let Some(note) = super::stance::contradiction(
                &claimed_stance,
                &super::stance::of_mention(analysis, mention),
            )
        {
            let mut outcome = Outcome::new(analysis, Verdict::Refuted);
            outcome.evidence = Some(value_evidence(analysis, mention));
            outcome.notes.push(note);
            return outcome;
        }
        let note = match agreement {
            Agreement::Same => None,
            Agreement::Reversed => Some(format!(
                "the article gives it the other way round: \"{}\"",
                mention_text(analysis, mention)
            )),
            Agreement::OneSet => Some(format!(
                "one set of \"{}\"",
                mention_text(analysis, mention)
            )),
            Agreement::Different => {
                let distance =
                    context::distance_to_context(claim, analysis, mention.sentence, mention.span);
                if refutation.is_none_or(|(best, _)| distance < best) {
                    refutation = Some((distance, mention));
                }
                continue;
            }
        };
        let mut outcome = Outcome::new(analysis, Verdict::Supported);
        outcome.evidence = Some(value_evidence(analysis, mention));
        outcome.notes.extend(note);
        return outcome;
    }
    if let Some((_, mention)) = refutation {
        let mut outcome = Outcome::new(analysis, Verdict::Refuted);
        outcome.evidence = Some(value_evidence(analysis, mention));
        outcome.diff = Some(substituted(
            analysis,
            mention.sentence,
            mention.value_span,
            &claimed.value_text,
        ));
        return outcome;
    }
    let mut outcome = Outcome::new(analysis, Verdict::Absent);
    outcome.candidates = near.into_iter().take(3).collect();
    outcome
}
