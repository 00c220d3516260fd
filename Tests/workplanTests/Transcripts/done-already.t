# A task already done is left as it is (its done date kept) and reported as such;
# the other ids are still marked.

> file plan.md
# Kế hoạch
## Mảng
- [x] Đã xong  id:A1 done:2021-03-15
- [X] Xong, chữ hoa, không ngày  id:A2
- [ ] Chưa xong  id:A3
> end

$ workplan done A1
A1 đã hoàn thành từ trước (15/03/2021).
? 0
= unchanged plan.md

$ workplan done A2 --lang en
A2 was already done.
? 0
= unchanged plan.md

$ workplan done A1 A3 --lang en
A1 was already done (2021-03-15).
plan.md:5
- - [ ] Chưa xong  id:A3
+ - [x] Chưa xong  id:A3 done:2021-10-29
? 0

= file plan.md
# Kế hoạch
## Mảng
- [x] Đã xong  id:A1 done:2021-03-15
- [X] Xong, chữ hoa, không ngày  id:A2
- [x] Chưa xong  id:A3 done:2021-10-29
= end
