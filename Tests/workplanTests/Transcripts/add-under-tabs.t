# `add --under` is the interface's add: in a file indented with tabs the new subtask is
# indented with a tab like its siblings, and an insertion that would change other tasks'
# nesting is refused with one sentence and exit 2, the file untouched.

> file plan.md
# Kế hoạch
## Chuẩn bị các kỳ họp
- [ ] Kỳ họp giữa năm  id:KH1
\t- [ ] Dự thảo chương trình  id:KH1.1 (esc)
\t\t- [ ] Lấy ý kiến các ban  id:KH1.1.1 (esc)
\t- [ ] Chuẩn bị hội trường  id:KH1.2 (esc)
- [ ] Kỳ họp cuối năm  id:KH2
> end

$ workplan add --under KH1 "Gửi giấy mời đại biểu" due:2021-07-01
plan.md:7
+ \t- [ ] Gửi giấy mời đại biểu  id:KH1.3 due:2021-07-01 (esc)
? 0

$ workplan add --under KH1.1 "Tổng hợp ý kiến"
plan.md:6
+ \t\t- [ ] Tổng hợp ý kiến  id:KH1.1.2 (esc)
? 0

= file plan.md
# Kế hoạch
## Chuẩn bị các kỳ họp
- [ ] Kỳ họp giữa năm  id:KH1
\t- [ ] Dự thảo chương trình  id:KH1.1 (esc)
\t\t- [ ] Lấy ý kiến các ban  id:KH1.1.1 (esc)
\t\t- [ ] Tổng hợp ý kiến  id:KH1.1.2 (esc)
\t- [ ] Chuẩn bị hội trường  id:KH1.2 (esc)
\t- [ ] Gửi giấy mời đại biểu  id:KH1.3 due:2021-07-01 (esc)
- [ ] Kỳ họp cuối năm  id:KH2
= end

# A subtask under a task whose subtree ends inside a code block would land in the block,
# so it would not become a task: refused, nothing written.
> file fenced.md
# Kế hoạch
## Việc
- [ ] Việc có mã  id:A
  ```
  - [ ] không phải nhiệm vụ
- [ ] Việc sau  id:B
> end

$ workplan add fenced.md --under A "Con"
! workplan: thay đổi này sẽ làm xáo trộn các nhiệm vụ khác (do khối mã hoặc văn bản xen giữa) nên chưa thực hiện; hãy sửa trực tiếp trong tệp
? 2
= unchanged fenced.md
