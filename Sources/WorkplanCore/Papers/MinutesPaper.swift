extension Paper {
    /// A meeting's minutes as a BIÊN BẢN (template 1.9 of the decree): when it began, where, who
    /// attended, who chaired and who took the minutes, then what was reported, said and decided for
    /// each task in the order of the meeting, the closing line, the secretary's and the chair's
    /// signatures, and the recipients. The header has no place-and-date line; internal ids, the
    /// clock of each item and unchanged fields are left out.
    public static func minutes(_ minutes: MeetingMinutes, identity: OfficeIdentity, number: Int?) -> Paper {
        var body: [Block] = [
            .labelled(label: "Thời gian bắt đầu", text: MinutesPaperText.time(minutes.started, on: minutes.date)),
        ]
        if !minutes.place.isEmpty { body.append(.labelled(label: "Địa điểm", text: minutes.place)) }
        if !minutes.attendees.isEmpty { body.append(.labelled(label: "Thành phần tham dự", text: minutes.attendees)) }
        if !minutes.chair.isEmpty {
            let title = minutes.chairTitle.isEmpty ? "" : ", " + minutes.chairTitle
            body.append(.labelled(label: "Chủ trì", text: minutes.chair + title))
        }
        if !minutes.secretary.isEmpty { body.append(.labelled(label: "Thư ký", text: minutes.secretary)) }
        body.append(.labelled(label: "Nội dung", text: ""))
        for (number, item) in minutes.items.enumerated() {
            body.append(.heading("\(number + 1). " + (item.title.isEmpty ? item.taskId : item.title)))
            body += MinutesPaperText.blocks(of: item)
        }
        if let ended = minutes.ended {
            body.append(.closingLine("Cuộc họp kết thúc vào " + MinutesPaperText.time(ended, on: minutes.date) + "./."))
        }
        return Paper(kind: .minutes, identity: identity, number: number, date: nil, subject: [minutes.title], body: body,
                     closing: .secretaryAndChair(secretary: minutes.secretary.isEmpty ? nil : minutes.secretary,
                                                 chair: minutes.chairTitle.isEmpty
                                                     ? MinutesPaperText.signatureName(minutes.chair) : minutes.chair,
                                                 recipients: identity.recipients),
                     appendix: nil)
    }
}

/// Words of the minutes' paper.
enum MinutesPaperText {
    /// The name under the chair's signature: the chair as written up to a comma, which in
    /// "Nguyễn Văn Hùng, Chánh Văn phòng" starts the title; nil when no chair is written.
    static func signatureName(_ chair: String) -> String? {
        let name = TaskTitle.trimmed(String(chair.prefix { $0 != "," }))
        return name.isEmpty ? nil : name
    }

    /// `08 giờ 00 phút, ngày 05 tháng 10 năm 2021`.
    static func time(_ clock: ClockTime, on date: PlanDate) -> String {
        let hour = clock.hour < 10 ? "0\(clock.hour)" : "\(clock.hour)"
        let minute = clock.minute < 10 ? "0\(clock.minute)" : "\(clock.minute)"
        return "\(hour) giờ \(minute) phút, " + Paper.dateInWords(date)
    }

    /// What the minutes record of one task: what changed (status, due date, progress) and what
    /// was reported, decided and by whom; unchanged fields are left out.
    static func blocks(of item: MinutesItem) -> [Paper.Block] {
        var blocks: [Paper.Block] = []
        if item.statusChanged, let after = item.statusAfter {
            blocks.append(.labelled(label: "Trạng thái", text: (item.statusBefore?.name(.vi) ?? "chưa rõ") + " → "
                                                                + after.name(.vi)))
        }
        if item.dueChanged {
            let before = item.dueBefore?.formatted(.vi) ?? "không có"
            let after = item.dueAfter?.formatted(.vi) ?? "không có"
            blocks.append(.labelled(label: "Thời hạn", text: before + " → " + after))
        }
        if item.progressChanged, !item.progress.isEmpty {
            blocks.append(.labelled(label: "Tiến độ", text: item.progressText(.vi)))
        }
        let texts: [(String, String)] = [("Kết quả", item.outcome), ("Ý kiến", item.opinions),
                                         ("Kết luận, chỉ đạo", item.decision),
                                         ("Người chịu trách nhiệm", item.responsible)]
        for (label, text) in texts where !text.isEmpty { blocks.append(.labelled(label: label, text: text)) }
        if item.followUp { blocks.append(.paragraph("Tiếp tục theo dõi tại cuộc họp sau.")) }
        return blocks
    }
}
