/// Korean particles whose form depends on whether the word before them ends in a consonant (받침).
///
/// 은/는, 이/가, 을/를, 으로/로, 과/와. Numbers and symbols are judged by how they are read (`7` 칠, `%` 퍼센트, `원` 원).
enum Particle {
    /// 은/는 (topic).
    case topic
    /// 이/가 (subject).
    case subject
    /// 을/를 (object).
    case object
    /// 으로/로 (means, result).
    case direction
    /// 과/와 (and).
    case and

    /// `word` followed by this particle in the form its last sound needs.
    func after(_ word: String) -> String {
        let ending = Self.ending(of: word)
        switch self {
        case .topic: return word + (ending == .none ? "는" : "은")
        case .subject: return word + (ending == .none ? "가" : "이")
        case .object: return word + (ending == .none ? "를" : "을")
        case .direction: return word + (ending == .consonant ? "으로" : "로")
        case .and: return word + (ending == .none ? "와" : "과")
        }
    }

    private enum Ending { case none, consonant, rieul }

    /// How `word` ends when read aloud; ㄹ is separate because it takes 로, not 으로.
    private static func ending(of word: String) -> Ending {
        guard let last = word.unicodeScalars.last(where: { $0 != ")" && $0 != " " }) else { return .none }
        switch last.value {
        case 0xAC00...0xD7A3:
            let final = (last.value - 0xAC00) % 28
            return final == 0 ? .none : (final == 8 ? .rieul : .consonant)
        case 0x30...0x39:
            // 영 일 이 삼 사 오 육 칠 팔 구
            return [.consonant, .rieul, .none, .consonant, .none, .none, .consonant, .rieul, .rieul, .none][
                Int(last.value - 0x30)]
        default:
            let letter = Character(last).lowercased()
            return ["l", "r"].contains(letter) ? .rieul : (["m", "n"].contains(letter) ? .consonant : .none)
        }
    }
}
