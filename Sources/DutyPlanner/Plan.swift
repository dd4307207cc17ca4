import CampaignSpec
import Diagnostics

/// A roster that keeps every hard rule, with its score and how far it is proved.
public struct Plan: Sendable {
    /// The leader index of each duty day, in date order.
    public let assignment: [Int]
    public let score: Score
    public let proof: Proof
    /// Search steps used; with the same input, always the same.
    public let steps: Int
    /// Steps spent before objectives 1–3 were proved (the rest went into spreading duties).
    public let proofSteps: Int

    public enum Proof: Sendable, Hashable {
        /// Objectives 1–3 are at their true optimum.
        case optimal
        /// Out of time before the proof: the best plan found and the bound it was compared with.
        case bestFound(lowerBound: [Int])
    }

    public var isOptimal: Bool { proof == .optimal }

    /// The same plan, counting `more` steps spent before it was searched for.
    func addingSteps(_ more: Int) -> Plan {
        Plan(assignment: assignment, score: score, proof: proof, steps: steps + more, proofSteps: proofSteps + more)
    }

    /// "optimal", or the gap to the lower bound on the first objective that differs.
    public var proofText: String { proofPhrase.description }

    /// Whether the plan is proved the best, in both languages.
    public var proofPhrase: Phrase {
        switch proof {
        case .optimal:
            return Phrase(zh: "已证明最优", en: "optimal")
        case .bestFound(let bound):
            let names = [("改动天数", "changed days"), ("Σ值班次数²", "Σduties²"), ("Σ周末值班次数²", "Σweekend duties²")]
            let values = score.exactPart
            for i in 0..<3 where values[i] != bound[i] {
                return Phrase(
                    zh: "时限内找到的最好结果，未证明最优：\(names[i].0) \(values[i])，下界 \(bound[i])（差 \(values[i] - bound[i])）",
                    en:
                        "best found within the time limit, not proved optimal: \(names[i].1) \(values[i]), lower bound \(bound[i]) (gap \(values[i] - bound[i]))"
                )
            }
            return Phrase(zh: "时限内找到的最好结果，等于下界（最优）", en: "best found within the time limit; equals the lower bound")
        }
    }
}

/// Why no roster exists, in the user's terms.
public struct Infeasibility: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// A day nobody can take.
        case uncoverableDay(day: Int)
        /// A run of consecutive duty days the available leaders cannot cover under the rules.
        case uncoverableSpan(first: Int, last: Int, capacity: Int)
        /// Days (not necessarily consecutive) that only a few leaders can take, too many for them.
        case shortfall(days: [Int], leaders: [Int], capacity: Int)
        /// The search tried every roster.
        case exhausted
        /// The search ran out of steps before finding any roster.
        case outOfTime
    }

    public let reason: Reason
    public let message: Phrase

    /// The first duty day the reason concerns, if it concerns particular days.
    public var firstDay: Int? {
        switch reason {
        case .uncoverableDay(let day): return day
        case .uncoverableSpan(let first, _, _): return first
        case .shortfall(let days, _, _): return days.first
        case .exhausted, .outOfTime: return nil
        }
    }

    public var description: String { message.description }
}
