/// The built-in 2021 work plan of the Văn phòng HĐND tỉnh: the data a new user meets first.
public enum BuiltinPlan {
    /// The plan file's text, in the plain-file format of docs/format.md.
    public static let text = #"""
# Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh

Năm 2021 là năm chuyển giao giữa nhiệm kỳ 2016–2021 và nhiệm kỳ 2021–2026. Văn phòng tham mưu,
phục vụ các kỳ họp, hoạt động của Thường trực HĐND, các Ban và đại biểu HĐND tỉnh; phục vụ tổng kết
nhiệm kỳ và cuộc bầu cử đại biểu Quốc hội khóa XV, đại biểu HĐND các cấp ngày 23/5/2021.

Căn cứ: Luật Tổ chức chính quyền địa phương năm 2015 (sửa đổi, bổ sung năm 2019); Luật Bầu cử đại
biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015; Luật Hoạt động giám sát của Quốc hội và Hội
đồng nhân dân năm 2015; Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử;
Nghị quyết của HĐND tỉnh về Chương trình hoạt động giám sát năm 2021; Chương trình công tác năm 2021
của Thường trực HĐND tỉnh.

Tiến độ được cập nhật đến ngày 29/10/2021.

## Đơn vị
- VP: Lãnh đạo Văn phòng
- TH: Phòng Tổng hợp
- CTDB: Phòng Công tác đại biểu
- HC: Phòng Hành chính - Tổ chức - Quản trị
- TTDN: Phòng Thông tin - Dân nguyện
- TTHDND: Thường trực HĐND tỉnh
- BKTNS: Ban Kinh tế - Ngân sách HĐND tỉnh
- BPC: Ban Pháp chế HĐND tỉnh
- BVHXH: Ban Văn hóa - Xã hội HĐND tỉnh
- BDT: Ban Dân tộc HĐND tỉnh
- UBBC: Ủy ban bầu cử tỉnh
- UBND: Ủy ban nhân dân tỉnh
- MTTQ: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
- SNV: Sở Nội vụ
- SYT: Sở Y tế
- CA: Công an tỉnh
- BTCTU: Ban Tổ chức Tỉnh ủy

## Người theo dõi
- hung: Nguyễn Văn Hùng, Chánh Văn phòng, VP
- mai: Trần Thị Mai, Trưởng phòng Tổng hợp, TH
- nam: Lê Văn Nam, Chuyên viên, TH
- phuong: Phạm Thị Phương, Chuyên viên, CTDB
- tuan: Hoàng Minh Tuấn, Chuyên viên, HC
- linh: Võ Thị Linh, Chuyên viên, TTDN

## Chuẩn bị các kỳ họp HĐND tỉnh năm 2021
- [x] Kỳ họp chuyên đề tháng 01/2021 của HĐND tỉnh khóa IX  id:KH1 lead:TH with:BKTNS,UBND person:mai start:2021-01-04 due:2021-01-20 done:2021-01-19
  Kỳ họp diễn ra trong một ngày, thông qua 7 nghị quyết về chủ trương đầu tư các dự án sử dụng vốn
  đầu tư công và bổ sung danh mục dự án cần thu hồi đất năm 2021.
  - [x] Đôn đốc UBND tỉnh gửi tờ trình, dự thảo nghị quyết  id:KH1.1 lead:TH with:UBND person:nam due:2021-01-08 done:2021-01-08
  - [x] Phối hợp Ban Kinh tế - Ngân sách thẩm tra các dự thảo nghị quyết  id:KH1.2 lead:BKTNS with:TH person:mai due:2021-01-14 done:2021-01-14
- [x] Kỳ họp cuối nhiệm kỳ của HĐND tỉnh khóa IX  id:KH2 lead:TH with:VP,CTDB,HC person:mai start:2021-02-22 due:2021-03-31 done:2021-03-26
  - [x] Dự thảo chương trình, kịch bản điều hành kỳ họp  id:KH2.1 lead:TH with:VP person:nam due:2021-03-05 done:2021-03-04
  - [x] Tổng hợp ý kiến, kiến nghị cử tri gửi đến kỳ họp  id:KH2.2 lead:CTDB with:MTTQ person:phuong due:2021-03-12 done:2021-03-12 progress:10/10
    Nhận đủ báo cáo của 10/10 Tổ đại biểu; tổng hợp 286 ý kiến, kiến nghị, chuyển UBND tỉnh chỉ đạo
    giải quyết và báo cáo kết quả tại kỳ họp.
  - [x] Phối hợp các Ban thẩm tra báo cáo, tờ trình, dự thảo nghị quyết  id:KH2.3 lead:TH with:BKTNS,BPC,BVHXH,BDT person:nam due:2021-03-19 done:2021-03-19
    - [x] Thẩm tra các dự thảo nghị quyết về đầu tư công, ngân sách  id:KH2.3.1 lead:BKTNS with:TH person:mai due:2021-03-17 done:2021-03-16
    - [x] Thẩm tra báo cáo tổng kết nhiệm kỳ của Tòa án, Viện kiểm sát, Cục Thi hành án dân sự  id:KH2.3.2 lead:BPC with:TH person:mai due:2021-03-17 done:2021-03-17
    - [x] Thẩm tra dự thảo nghị quyết về chính sách trong lĩnh vực giáo dục, y tế  id:KH2.3.3 lead:BVHXH with:TH person:mai due:2021-03-17 done:2021-03-18
  - [x] Chuẩn bị hội trường, tài liệu, lễ tân, bảo đảm an ninh kỳ họp  id:KH2.4 lead:HC with:CA person:tuan due:2021-03-24 done:2021-03-24
  - [x] Hoàn thiện, công bố nghị quyết; báo cáo kết quả kỳ họp  id:KH2.5 lead:TH with:TTDN person:nam due:2021-04-09 done:2021-04-07
- [x] Kỳ họp thứ nhất HĐND tỉnh khóa X, nhiệm kỳ 2021–2026  id:KH3 lead:VP with:TH,CTDB,HC person:hung start:2021-06-01 due:2021-07-07 done:2021-06-25
  Khai mạc ngày 24/6/2021, trong thời hạn 45 ngày kể từ ngày bầu cử theo khoản 1 Điều 80 Luật Tổ chức
  chính quyền địa phương. Kỳ họp bầu Chủ tịch, các Phó Chủ tịch HĐND, Trưởng ban, Phó Trưởng ban các
  Ban của HĐND; Chủ tịch, các Phó Chủ tịch và Ủy viên UBND tỉnh.
  - [x] Tham mưu Chủ tịch HĐND tỉnh khóa IX triệu tập kỳ họp, dự kiến chương trình  id:KH3.1 lead:TH with:TTHDND person:nam due:2021-06-08 done:2021-06-07
  - [x] Chuẩn bị hồ sơ nhân sự, kịch bản bầu các chức danh  id:KH3.2 lead:VP with:BTCTU,SNV,CTDB person:hung due:2021-06-18 done:2021-06-18
    - [x] In phiếu bầu, biên bản kiểm phiếu; chuẩn bị hòm phiếu  id:KH3.2.1 lead:HC with:CTDB person:tuan due:2021-06-22 done:2021-06-22
    - [x] Hướng dẫn nghiệp vụ cho Ban kiểm phiếu  id:KH3.2.2 lead:CTDB person:phuong due:2021-06-23 done:2021-06-23
  - [x] Biên soạn, phát hành Sổ tay đại biểu HĐND tỉnh khóa X  id:KH3.3 lead:CTDB with:TH person:phuong due:2021-06-18 done:2021-06-21
  - [x] Làm thẻ đại biểu, huy hiệu đại biểu HĐND tỉnh khóa X  id:KH3.4 lead:HC with:CTDB person:tuan due:2021-06-23 done:2021-06-23
- [x] Kỳ họp thường lệ giữa năm 2021 (kỳ họp thứ hai, HĐND tỉnh khóa X)  id:KH4 lead:TH with:VP,CTDB,HC person:mai start:2021-06-28 due:2021-07-23 done:2021-07-21
  Do dịch COVID-19, kỳ họp rút ngắn còn 2 ngày (20–21/7/2021), họp trực tiếp kết hợp trực tuyến đến
  điểm cầu các huyện; thông qua 19 nghị quyết.
  - [x] Dự thảo chương trình, kịch bản điều hành kỳ họp  id:KH4.1 lead:TH with:VP person:nam due:2021-07-02 done:2021-07-02
  - [x] Tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp  id:KH4.2 lead:CTDB with:MTTQ person:phuong due:2021-07-09 done:2021-07-12 progress:10/10
    Tổng hợp 214 ý kiến, kiến nghị của cử tri; hoàn thành chậm 3 ngày vì 2 Tổ đại biểu phải lùi lịch
    tiếp xúc cử tri do giãn cách xã hội.
  - [x] Phối hợp các Ban thẩm tra báo cáo, tờ trình, dự thảo nghị quyết  id:KH4.3 lead:TH with:BKTNS,BPC,BVHXH,BDT person:nam due:2021-07-16 done:2021-07-16
    - [x] Thẩm tra báo cáo kinh tế - xã hội, thu chi ngân sách 6 tháng đầu năm  id:KH4.3.1 lead:BKTNS with:TH person:mai due:2021-07-14 done:2021-07-14
    - [x] Thẩm tra báo cáo công tác phòng, chống tội phạm và vi phạm pháp luật  id:KH4.3.2 lead:BPC with:TH person:mai due:2021-07-14 done:2021-07-13
    - [x] Thẩm tra báo cáo công tác phòng, chống dịch COVID-19  id:KH4.3.3 lead:BVHXH with:TH person:mai due:2021-07-14 done:2021-07-14
    - [x] Thẩm tra dự thảo nghị quyết về chính sách hỗ trợ vùng đồng bào dân tộc thiểu số  id:KH4.3.4 lead:BDT with:TH person:mai due:2021-07-14 done:2021-07-15
  - [x] Tham mưu dự thảo Nghị quyết về Chương trình giám sát năm 2022 của HĐND tỉnh  id:KH4.4 lead:TH with:BKTNS,BPC,BVHXH,BDT person:nam due:2021-07-09 done:2021-07-08
  - [x] Bảo đảm hậu cần, phòng, chống dịch COVID-19 tại kỳ họp  id:KH4.5 lead:HC with:SYT,CA person:tuan due:2021-07-19 done:2021-07-19
    Xét nghiệm SARS-CoV-2 cho toàn bộ đại biểu, khách mời, phóng viên và người phục vụ trước khai mạc;
    bố trí chỗ ngồi giãn cách theo hướng dẫn của ngành y tế.
  - [x] Hoàn thiện, công bố nghị quyết; đăng Công báo và Cổng thông tin điện tử  id:KH4.6 lead:TH with:TTDN person:nam due:2021-07-31 done:2021-08-06 progress:19/19
    Nghị quyết cuối cùng ký ban hành ngày 05/8/2021 vì phải chỉnh lý phụ lục số liệu theo ý kiến thẩm
    tra của Ban Kinh tế - Ngân sách.
- [/] Kỳ họp chuyên đề tháng 11/2021 (kỳ họp thứ ba, HĐND tỉnh khóa X)  id:KH5 lead:TH with:BKTNS,UBND person:mai start:2021-10-04 due:2021-11-12
  - [x] Thống nhất với UBND tỉnh nội dung, thời gian kỳ họp  id:KH5.1 lead:TH with:UBND person:nam due:2021-10-08 done:2021-10-07
  - [!] Thẩm tra dự thảo nghị quyết điều chỉnh kế hoạch đầu tư công năm 2021  id:KH5.2 lead:BKTNS with:TH person:mai due:2021-10-29
    UBND tỉnh chưa gửi tờ trình và hồ sơ kèm theo nên Ban Kinh tế - Ngân sách chưa thể tổ chức thẩm
    tra. Thường trực HĐND tỉnh đã có văn bản đôn đốc ngày 20/10/2021; nếu đến ngày 02/11/2021 vẫn chưa
    nhận được hồ sơ, Văn phòng tham mưu chuyển nội dung này sang kỳ họp cuối năm.
  - [ ] Gửi tài liệu kỳ họp đến đại biểu HĐND tỉnh  id:KH5.3 lead:TH with:HC person:nam due:2021-11-05
- [ ] Kỳ họp thường lệ cuối năm 2021  id:KH6 lead:TH with:VP,CTDB,HC person:mai start:2021-11-01 due:2021-12-15
  - [ ] Dự thảo chương trình kỳ họp, trình Thường trực HĐND cho ý kiến  id:KH6.1 lead:TH with:VP person:nam start:2021-11-01 due:2021-11-12
  - [ ] Tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp  id:KH6.2 lead:CTDB with:MTTQ person:phuong due:2021-11-30 progress:0/10
  - [ ] Phối hợp các Ban thẩm tra báo cáo, tờ trình, dự thảo nghị quyết  id:KH6.3 lead:TH with:BKTNS,BPC,BVHXH,BDT person:nam due:2021-12-03
    - [ ] Thẩm tra dự toán ngân sách năm 2022 và phương án phân bổ ngân sách cấp tỉnh  id:KH6.3.1 lead:BKTNS with:TH person:mai due:2021-12-01
    - [ ] Thẩm tra báo cáo công tác năm 2021 của Tòa án, Viện kiểm sát, Cục Thi hành án dân sự  id:KH6.3.2 lead:BPC with:TH person:mai due:2021-12-01
  - [ ] Chuẩn bị phiên chất vấn và trả lời chất vấn  id:KH6.4 lead:TH with:TTHDND,CTDB person:nam due:2021-12-06
  - [ ] Chuẩn bị hội trường, tài liệu, phương án phòng, chống dịch  id:KH6.5 lead:HC with:SYT,CA person:tuan due:2021-12-07

## Tổng kết nhiệm kỳ HĐND tỉnh khóa IX, nhiệm kỳ 2016–2021
- [x] Xây dựng kế hoạch, đề cương báo cáo tổng kết nhiệm kỳ  id:TK1 lead:TH with:VP person:mai due:2021-01-15 done:2021-01-14
- [x] Thu thập báo cáo tổng kết của Thường trực, các Ban và các Tổ đại biểu  id:TK2 lead:TH with:CTDB person:mai due:2021-02-26 done:2021-03-02
  - [x] Báo cáo của các Ban HĐND tỉnh  id:TK2.1 lead:TH with:BKTNS,BPC,BVHXH,BDT person:nam due:2021-02-26 done:2021-02-26 progress:4/4
  - [x] Báo cáo của các Tổ đại biểu HĐND tỉnh  id:TK2.2 lead:CTDB person:phuong due:2021-02-26 done:2021-03-02 progress:10/10
    Đến ngày 26/02/2021 đã nhận báo cáo của 9/10 Tổ đại biểu; Tổ đại biểu còn lại gửi ngày 02/3/2021
    do trùng thời gian nghỉ Tết Nguyên đán Tân Sửu và hội nghị hiệp thương ở cấp huyện.
  - [x] Tổng hợp số liệu kỳ họp, nghị quyết, giám sát, chất vấn cả nhiệm kỳ  id:TK2.3 lead:TH with:TTDN person:nam due:2021-02-26 done:2021-02-25
- [x] Dự thảo báo cáo tổng kết nhiệm kỳ của HĐND tỉnh  id:TK3 lead:TH with:VP person:mai start:2021-03-01 due:2021-03-19 done:2021-03-19
  - [x] Xin ý kiến Thường trực HĐND và các Ban đối với dự thảo báo cáo  id:TK3.1 lead:TH with:TTHDND,BKTNS,BPC,BVHXH,BDT person:nam due:2021-03-12 done:2021-03-11
  - [x] Hoàn thiện báo cáo, trình kỳ họp cuối nhiệm kỳ  id:TK3.2 lead:TH with:VP person:nam due:2021-03-19 done:2021-03-19
- [x] Hội nghị tổng kết hoạt động HĐND các cấp nhiệm kỳ 2016–2021  id:TK4 lead:VP with:TH,HC,TTHDND person:hung due:2021-04-02 done:2021-03-30
  Hội nghị có sự tham dự của Thường trực HĐND các huyện, thị xã, thành phố; đánh giá 5 năm hoạt động
  và rút ra bài học kinh nghiệm cho nhiệm kỳ 2021–2026.
- [x] Công tác thi đua, khen thưởng tổng kết nhiệm kỳ  id:TK5 lead:HC with:SNV,TTHDND person:tuan due:2021-03-31 done:2021-03-30
  - [x] Trình UBND tỉnh tặng Bằng khen cho tập thể, cá nhân có thành tích  id:TK5.1 lead:HC with:SNV person:tuan due:2021-03-19 done:2021-03-23 progress:38/38
    UBND tỉnh tặng Bằng khen cho 12 tập thể và 26 cá nhân; trao tại Hội nghị tổng kết ngày 30/3/2021.
  - [/] Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho tập thể Thường trực HĐND tỉnh  id:TK5.2 lead:HC with:SNV person:tuan due:2021-06-30
    Hồ sơ đã gửi Ban Thi đua - Khen thưởng Trung ương ngày 12/4/2021, đang chờ thẩm định.
- [/] Biên soạn Kỷ yếu HĐND tỉnh khóa IX, nhiệm kỳ 2016–2021  id:TK6 lead:TTDN with:TH,HC person:linh start:2021-04-05 due:2021-09-30 progress:70%
  Đã hoàn thành bản thảo 7/10 chương; chậm tiến độ do giãn cách xã hội tháng 8–9/2021, dự kiến in và
  phát hành trong tháng 12/2021.

## Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021–2026
Ngày bầu cử: Chủ nhật, 23/5/2021 (Nghị quyết số 133/2020/QH14 ngày 17/11/2020 của Quốc hội).

- [x] Tham mưu dự kiến cơ cấu, thành phần, số lượng đại biểu HĐND tỉnh khóa X  id:BC1 lead:CTDB with:TTHDND,MTTQ,UBND person:phuong due:2021-02-07 done:2021-01-22
  Thường trực HĐND tỉnh thống nhất với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh dự
  kiến 52 đại biểu; phấn đấu người ứng cử là phụ nữ đạt ít nhất 35% trong danh sách chính thức.
- [x] Tham mưu thành lập Ủy ban bầu cử tỉnh và các tiểu ban giúp việc  id:BC2 lead:SNV with:VP,TTHDND,MTTQ person:phuong due:2021-02-07 done:2021-01-27
  - [x] Dự thảo phân công nhiệm vụ thành viên Ủy ban bầu cử tỉnh  id:BC2.1 lead:CTDB with:SNV person:phuong due:2021-02-03 done:2021-02-02
  - [x] Thành lập Tổ giúp việc Ủy ban bầu cử tỉnh tại Văn phòng  id:BC2.2 lead:HC with:VP person:tuan due:2021-02-05 done:2021-02-01
- [x] Ấn định, công bố số đơn vị bầu cử và số đại biểu HĐND tỉnh được bầu ở mỗi đơn vị  id:BC3 lead:UBBC with:CTDB,SNV person:phuong due:2021-03-04 done:2021-02-26
  Toàn tỉnh có 18 đơn vị bầu cử đại biểu HĐND tỉnh: 16 đơn vị bầu 3 đại biểu, 2 đơn vị bầu 2 đại biểu.
- [x] Tiếp nhận, nghiên cứu hồ sơ người ứng cử đại biểu HĐND tỉnh  id:BC4 lead:CTDB with:UBBC person:phuong start:2021-02-22 due:2021-03-14 done:2021-03-14 progress:96/96
  Nhận 96 hồ sơ (93 người được cơ quan, tổ chức, đơn vị giới thiệu; 3 người tự ứng cử); đã chuyển đủ
  hồ sơ cho Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh để hiệp thương.
- [x] Phối hợp tổ chức các hội nghị hiệp thương  id:BC5 lead:MTTQ with:TTHDND,CTDB,UBND person:phuong start:2021-01-28 due:2021-04-18 done:2021-04-16
  Đã tổ chức 3 hội nghị hiệp thương theo đúng quy định. Danh sách sơ bộ sau hội nghị lần thứ hai có 94
  người; hội nghị lần thứ ba lập danh sách 90 người đủ tiêu chuẩn ứng cử đại biểu HĐND tỉnh ở 18 đơn vị
  bầu cử.
  - [x] Hội nghị hiệp thương lần thứ nhất  id:BC5.1 lead:MTTQ with:TTHDND,UBND person:phuong due:2021-02-17 done:2021-02-03
  - [x] Hội nghị hiệp thương lần thứ hai, lập danh sách sơ bộ người ứng cử  id:BC5.2 lead:MTTQ with:TTHDND,UBND person:phuong due:2021-03-19 done:2021-03-17
  - [x] Lấy ý kiến cử tri nơi cư trú, nơi công tác về người ứng cử  id:BC5.3 lead:MTTQ with:CTDB person:phuong due:2021-04-10 done:2021-04-09
    - [x] Hội nghị cử tri nơi cư trú của người ứng cử  id:BC5.3.1 lead:MTTQ with:CTDB person:phuong due:2021-04-05 done:2021-04-02 progress:94/94
    - [x] Hội nghị cử tri nơi công tác của người ứng cử  id:BC5.3.2 lead:MTTQ with:CTDB person:phuong due:2021-04-10 done:2021-04-09
  - [x] Hội nghị hiệp thương lần thứ ba, lập danh sách người đủ tiêu chuẩn ứng cử  id:BC5.4 lead:MTTQ with:TTHDND,UBND person:phuong due:2021-04-18 done:2021-04-16
- [x] Đôn đốc lập, niêm yết danh sách cử tri  id:BC6 lead:UBBC with:SNV,CTDB person:phuong due:2021-04-13 done:2021-04-13
- [x] Lập, công bố danh sách chính thức người ứng cử đại biểu HĐND tỉnh  id:BC7 lead:UBBC with:CTDB person:phuong due:2021-04-28 done:2021-04-27
- [x] Tiếp nhận, xử lý đơn thư khiếu nại, tố cáo liên quan đến bầu cử  id:BC8 lead:TTDN with:UBBC,CTDB person:linh start:2021-03-15 due:2021-05-13 done:2021-05-12 progress:11/11 received:13 eligible:11 handled:11 unit:đơn
  Nhận 13 đơn: 11 đơn đủ điều kiện (8 đơn về người ứng cử, 3 đơn về danh sách cử tri) đã xác minh,
  trả lời xong trước thời điểm ngừng xem xét khiếu nại, tố cáo (10 ngày trước ngày bầu cử); 2 đơn
  không ghi họ tên người tố cáo được lưu theo quy định.
- [x] Tuyên truyền về cuộc bầu cử  id:BC9 lead:TTDN with:MTTQ person:linh start:2021-02-01 due:2021-05-22 done:2021-05-22
  - [x] Mở chuyên mục "Bầu cử 2021" trên Cổng thông tin điện tử HĐND tỉnh  id:BC9.1 lead:TTDN person:linh due:2021-02-10 done:2021-02-08
  - [x] Đăng danh sách, tiểu sử tóm tắt người ứng cử đại biểu HĐND tỉnh  id:BC9.2 lead:TTDN with:UBBC person:linh due:2021-05-03 done:2021-04-30
- [x] Phục vụ người ứng cử tiếp xúc cử tri, vận động bầu cử  id:BC10 lead:CTDB with:MTTQ person:phuong start:2021-05-04 due:2021-05-21 done:2021-05-20 progress:54/54
  Tổ chức 54 hội nghị tiếp xúc cử tri ở 18 đơn vị bầu cử (3 hội nghị mỗi đơn vị); giới hạn số người
  dự và thực hiện thông điệp 5K theo hướng dẫn phòng, chống dịch COVID-19.
- [x] Kiểm tra, giám sát công tác bầu cử và trực ngày bầu cử  id:BC11 lead:VP with:UBBC,HC,CA person:hung start:2021-04-19 due:2021-05-23 done:2021-05-23
  - [x] Đoàn kiểm tra của Ủy ban bầu cử tỉnh làm việc tại các huyện, thị xã, thành phố  id:BC11.1 lead:UBBC with:CTDB person:phuong due:2021-05-14 done:2021-05-14 progress:10/10
  - [x] Trực, tổng hợp tình hình bầu cử ngày 23/5/2021  id:BC11.2 lead:TH with:CTDB person:nam due:2021-05-23 done:2021-05-23
    Báo cáo nhanh theo các mốc giờ Hội đồng bầu cử quốc gia quy định; tỷ lệ cử tri đi bầu toàn tỉnh
    đạt 99,71%.
- [-] Chuẩn bị bầu thêm, bầu lại đại biểu HĐND tỉnh  id:BC12 lead:UBBC with:CTDB person:phuong due:2021-05-30
  Không tổ chức: cả 18 đơn vị bầu cử đều bầu đủ số đại biểu được ấn định và có trên một nửa tổng số
  cử tri đi bầu.
- [x] Tổng hợp, công bố kết quả bầu cử đại biểu HĐND tỉnh  id:BC13 lead:UBBC with:CTDB,TH person:phuong due:2021-06-02 done:2021-05-29 progress:52/52
  Bầu đủ 52/52 đại biểu HĐND tỉnh khóa X, trong đó 17 đại biểu nữ (32,7%) và 19 đại biểu tái cử.
- [x] Xác nhận tư cách đại biểu HĐND tỉnh khóa X, cấp giấy chứng nhận  id:BC14 lead:UBBC with:CTDB person:phuong due:2021-06-20 done:2021-06-15
  - [x] Rà soát đơn thư, hồ sơ của người trúng cử  id:BC14.1 lead:CTDB with:TTDN person:phuong due:2021-06-10 done:2021-06-09
  - [x] Báo cáo kết quả xác nhận tư cách đại biểu tại kỳ họp thứ nhất  id:BC14.2 lead:UBBC with:CTDB person:phuong due:2021-06-24 done:2021-06-24
- [/] Tổng kết công tác bầu cử, lưu trữ hồ sơ  id:BC15 lead:CTDB with:UBBC,HC person:phuong due:2021-09-30
  - [x] Báo cáo tổng kết công tác bầu cử gửi Hội đồng bầu cử quốc gia  id:BC15.1 lead:CTDB with:TH person:phuong due:2021-07-15 done:2021-07-14
  - [/] Chỉnh lý, bàn giao hồ sơ, tài liệu bầu cử vào lưu trữ  id:BC15.2 lead:HC with:CTDB person:tuan due:2021-09-30 progress:80%
    Đã chỉnh lý 80% hồ sơ; chậm do giãn cách xã hội, dự kiến bàn giao vào Lưu trữ lịch sử tỉnh trong
    tháng 11/2021.
- [/] Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh  id:BC16 lead:HC with:VP,UBBC person:tuan due:2021-10-15 progress:7/10
  Đã thẩm định quyết toán của 7/10 Ủy ban bầu cử cấp huyện; còn 3 đơn vị chưa nộp đủ chứng từ.

## Nhiệm vụ thường xuyên
- [/] Tiếp công dân định kỳ của Thường trực HĐND tỉnh tại Trụ sở tiếp công dân tỉnh  id:TX1 lead:TTDN with:TTHDND person:linh start:2021-01-05 due:2021-12-31 progress:8/12 tag:tiep-cong-dan
  Tạm dừng tiếp công dân trực tiếp trong tháng 8 và tháng 9/2021 do giãn cách xã hội; trong thời gian
  này công dân được hướng dẫn gửi đơn qua bưu điện và hộp thư điện tử của Văn phòng.
  - 2021-01-15: 1 buổi tiếp công dân, 5 lượt công dân, 3 vụ việc
  - 2021-02-22: 1 buổi tiếp công dân, 4 lượt công dân, 2 vụ việc, lùi từ ngày 15/02 do nghỉ Tết
  - 2021-03-15: 1 buổi tiếp công dân, 6 lượt công dân, 4 vụ việc
  - 2021-04-15: 1 buổi tiếp công dân, 5 lượt công dân, 3 vụ việc
  - 2021-05-06: 1 buổi tiếp công dân, 7 lượt công dân, 4 vụ việc, tiếp đột xuất công dân khiếu nại về bầu cử
  - 2021-05-17: 1 buổi tiếp công dân, 4 lượt công dân, 3 vụ việc
  - 2021-06-15: 1 buổi tiếp công dân, 5 lượt công dân, 3 vụ việc
  - 2021-07-15: 1 buổi tiếp công dân, 4 lượt công dân, 2 vụ việc
  - 2021-08-16: Tạm dừng tiếp công dân trực tiếp tháng 8 và tháng 9 do giãn cách xã hội.
  - 2021-10-15: 1 buổi tiếp công dân, 2 lượt công dân, 2 vụ việc
- [x] Tổng kết công tác tiếp nhận, xử lý đơn thư năm 2020  id:TX2 lead:TTDN with:BPC person:linh due:2021-01-15 done:2021-01-14 progress:121/127 tag:don-thu,nam-2020 received:132 eligible:127 handled:121 unit:đơn
  Năm 2020 Văn phòng tiếp nhận 132 đơn, trong đó 127 đơn đủ điều kiện xử lý; đã xử lý 121 đơn, đạt
  95,3%. 6 đơn còn lại chuyển sang theo dõi, đôn đốc trong năm 2021.
- [/] Tiếp nhận, phân loại, tham mưu xử lý đơn thư năm 2021  id:TX3 lead:TTDN with:BPC person:linh start:2021-01-04 due:2021-12-31 progress:104/112 tag:don-thu,nam-2021 received:118 eligible:112 handled:104 unit:đơn
  Đến ngày 29/10/2021 tiếp nhận 118 đơn, trong đó 112 đơn đủ điều kiện xử lý; đã xử lý 104 đơn, đạt
  92,9%. Số đơn giảm so với cùng kỳ do ảnh hưởng của dịch COVID-19.
  - [x] Đôn đốc giải quyết 6 đơn còn tồn của năm 2020  id:TX3.1 lead:TTDN with:UBND person:linh due:2021-03-31 done:2021-04-12 progress:6/6
  - [/] Giám sát việc giải quyết đơn thư đã chuyển UBND tỉnh và các sở, ngành  id:TX3.2 lead:BPC with:TTDN person:mai due:2021-12-15
- [/] Phục vụ hoạt động của Thường trực HĐND tỉnh  id:TX4 lead:TH with:VP person:mai start:2021-01-04 due:2021-12-31
  - [/] Họp giao ban Thường trực HĐND tỉnh hằng tháng, ra thông báo kết luận  id:TX4.1 lead:TH with:VP person:nam due:2021-12-31 progress:10/12
    Phiên họp tháng 8 và tháng 9/2021 tổ chức theo hình thức trực tuyến.
  - [/] Giao ban quý giữa Thường trực HĐND với UBND tỉnh và Ủy ban MTTQ tỉnh  id:TX4.2 lead:TH with:UBND,MTTQ person:nam due:2021-12-20 progress:3/4
- [/] Phục vụ hoạt động giám sát năm 2021 theo Chương trình giám sát của HĐND tỉnh  id:TX5 lead:TH with:TTHDND,BKTNS,BPC,BVHXH,BDT person:mai start:2021-01-04 due:2021-12-15
  - [x] Giám sát việc thực hiện các nghị quyết của HĐND tỉnh về đầu tư công giai đoạn 2016–2020  id:TX5.1 lead:BKTNS with:TH,UBND person:mai start:2021-07-26 due:2021-08-31 done:2021-09-24
    Đoàn giám sát làm việc trực tuyến với 4 huyện trong thời gian giãn cách; báo cáo kết quả gửi
    Thường trực HĐND tỉnh ngày 24/9/2021, chậm 24 ngày so với kế hoạch.
    - [x] Xây dựng kế hoạch, đề cương; quyết định thành lập đoàn giám sát  id:TX5.1.1 lead:BKTNS with:TH person:mai due:2021-07-30 done:2021-07-29
    - [x] Làm việc với UBND tỉnh, Sở Kế hoạch và Đầu tư và 4 huyện  id:TX5.1.2 lead:BKTNS with:UBND person:mai due:2021-08-20 done:2021-09-10
    - [x] Dự thảo báo cáo kết quả giám sát, trình Thường trực HĐND tỉnh  id:TX5.1.3 lead:TH with:BKTNS person:nam due:2021-08-31 done:2021-09-24
  - [>] Giám sát việc giải quyết thủ tục hành chính tại bộ phận một cửa cấp huyện, cấp xã  id:TX5.2 lead:BPC with:TH,UBND person:mai due:2021-09-30
    Thường trực HĐND tỉnh đồng ý lùi sang quý I/2022 (thông báo kết luận phiên họp tháng 8/2021) do
    dịch COVID-19 diễn biến phức tạp, chính quyền cơ sở đang tập trung phòng, chống dịch.
  - [/] Giám sát công tác tiêm chủng vắc xin phòng COVID-19 trên địa bàn tỉnh  id:TX5.3 lead:BVHXH with:TH,SYT person:mai start:2021-10-04 due:2021-11-19 progress:60%
    - [x] Làm việc với Sở Y tế về kế hoạch và số liệu tiêm chủng  id:TX5.3.1 lead:BVHXH with:SYT person:mai due:2021-10-08 done:2021-10-08
    - [/] Khảo sát thực tế tại các huyện, thị xã, thành phố  id:TX5.3.2 lead:BVHXH with:TH person:mai due:2021-11-05 progress:6/10
    - [ ] Báo cáo kết quả giám sát, trình Thường trực HĐND tỉnh  id:TX5.3.3 lead:TH with:BVHXH person:nam due:2021-11-19
  - [ ] Giám sát việc thực hiện chính sách hỗ trợ phát triển sản xuất vùng đồng bào dân tộc thiểu số  id:TX5.4 lead:BDT with:TH,UBND person:mai start:2021-11-08 due:2021-12-10
- [/] Phục vụ các Tổ đại biểu HĐND tỉnh tiếp xúc cử tri  id:TX6 lead:CTDB with:MTTQ person:phuong start:2021-01-04 due:2021-12-10
  - [x] Tiếp xúc cử tri trước kỳ họp thứ hai  id:TX6.1 lead:CTDB with:MTTQ person:phuong due:2021-07-09 done:2021-07-09 progress:10/10
  - [-] Tiếp xúc cử tri sau kỳ họp thứ hai  id:TX6.2 lead:CTDB with:MTTQ person:phuong due:2021-08-31
    Không tổ chức do giãn cách xã hội; các Tổ đại biểu gửi báo cáo kết quả kỳ họp đến Ủy ban MTTQ cấp
    huyện để thông tin tới cử tri.
  - [ ] Tiếp xúc cử tri trước kỳ họp cuối năm 2021  id:TX6.3 lead:CTDB with:MTTQ person:phuong start:2021-11-15 due:2021-11-26 progress:0/10
- [x] Bồi dưỡng kỹ năng hoạt động cho đại biểu HĐND tỉnh khóa X  id:TX7 lead:CTDB with:VP person:phuong due:2021-07-31 done:2021-07-30
- [/] Công tác hành chính, văn thư, lưu trữ, tài chính  id:TX8 lead:HC with:VP person:tuan start:2021-01-04 due:2021-12-31
  - [x] Quyết toán ngân sách năm 2020 của Văn phòng  id:TX8.1 lead:HC person:tuan due:2021-03-31 done:2021-03-29
  - [x] Lập dự toán ngân sách năm 2022 của Văn phòng  id:TX8.2 lead:HC person:tuan due:2021-07-20 done:2021-07-16
  - [/] Số hóa tài liệu các kỳ họp nhiệm kỳ 2016–2021  id:TX8.3 lead:HC with:TTDN person:tuan due:2021-12-15 progress:65%
- [/] Công nghệ thông tin, Cổng thông tin điện tử HĐND tỉnh  id:TX9 lead:TTDN with:HC person:linh start:2021-01-04 due:2021-12-31
  - [/] Cập nhật tin, bài về hoạt động của HĐND tỉnh lên Cổng thông tin điện tử  id:TX9.1 lead:TTDN person:linh due:2021-12-31
  - [/] Triển khai phần mềm phục vụ kỳ họp không giấy tờ  id:TX9.2 lead:TTDN with:HC person:linh start:2021-08-02 due:2021-11-30 progress:40%
    Đã cài đặt máy chủ và tập huấn cho 30/52 đại biểu; dự kiến áp dụng từ kỳ họp cuối năm 2021.
- [/] Công tác Đảng, đoàn thể cơ quan  id:TX10 lead:VP with:HC person:hung start:2021-03-01 due:2021-12-31
  - [x] Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng  id:TX10.1 lead:VP with:HC person:hung due:2021-04-30 done:2021-04-23
  - [ ] Kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên năm 2021  id:TX10.2 lead:VP with:HC person:hung due:2021-12-20
- [ ] Báo cáo công tác năm 2021, chương trình công tác năm 2022 của Văn phòng  id:TX11 lead:TH with:VP,HC,CTDB,TTDN person:mai start:2021-11-15 due:2021-12-24

## Cơ quan
- cấp trên: HĐND TỈNH QUẢNG NAM
- cơ quan: VĂN PHÒNG
- viết tắt: VP
- địa danh: Quảng Nam
- chức vụ: CHÁNH VĂN PHÒNG
- người ký: Nguyễn Văn Hùng
- nơi nhận: Thường trực HĐND tỉnh; Các Ban HĐND tỉnh; Lãnh đạo Văn phòng; Các phòng thuộc Văn phòng
- số tiếp theo: 5

"""#
}
