/// Plans made for particular screens.
enum SnapshotPlans {
    /// A title with CJK characters (two cells each) and a long Vietnamese title.
    static let wide = """
    # P

    ## Mảng công tác
    - [ ] Dịch tài liệu 中文字テスト cho đoàn công tác nước ngoài sang tiếng Việt  id:W1 due:2021-11-30
    - [ ] Kế hoạch tổ chức hội nghị tổng kết nhiệm kỳ 2016–2021 của Hội đồng nhân dân tỉnh và các huyện  id:W2

    """
}
