# The officer's config file, config.yaml in $XDG_CONFIG_HOME/workplan/ (here HOME's
# .config/workplan/): who I am, the language, the theme, the due-soon days, the office's identity,
# the interface's keys.
# An option or an environment variable wins over it; a bad entry is a usage error at its line
# and column, whatever wins; $WORKPLAN_CONFIG names another file, which must exist.

> file plan.md
# Kế hoạch thử năm 2021

## Người theo dõi
- nam: Nguyễn Văn Nam, Chuyên viên
- hoa: Trần Thị Hoa

## Kỳ họp
- [x] Dự thảo chương trình  id:A1 person:nam due:2021-06-20 done:2021-06-18
- [/] Chuẩn bị hội trường  id:A2 person:hoa due:2021-07-05
> end

> file home/.config/workplan/config.yaml
# Cấu hình Workplan của tôi
user: hoa
language: en
due-soon-days: 5
office:
  superior: HĐND TỈNH QUẢNG NAM
  name: VĂN PHÒNG
  place: Quảng Nam
  signer: Nguyễn Văn Hùng
> end

$ workplan list --mine
Kế hoạch thử năm 2021

## Kỳ họp
[/] A2  Chuẩn bị hội trường  (followed by hoa; due 2021-07-05; OVERDUE)

1 of 2 tasks.
? 0

@ env WORKPLAN_USER=nam
@ env WORKPLAN_LANG=vi
$ workplan list --mine
Kế hoạch thử năm 2021

## Kỳ họp
[x] A1  Dự thảo chương trình  (theo dõi nam; hạn 20/06/2021; xong 18/06/2021)

1/2 nhiệm vụ.
? 0

@ unset WORKPLAN_USER
@ unset WORKPLAN_LANG
> file home/.config/workplan/config.yaml
user: hoa
colour: red
> end

$ workplan list --lang en
! workplan: {tmp}/home/.config/workplan/config.yaml:2:1: no key "colour"; use: user, language, theme, due-soon-days, office, keys
? 2

> file home/.config/workplan/config.yaml
due-soon-days: many
> end

$ workplan list
! workplan: {tmp}/home/.config/workplan/config.yaml:1:16: due-soon-days "many" phải là số ngày làm việc từ 0 đến 60
? 2

> file home/.config/workplan/config.yaml
office:
  superior: HĐND TỈNH
  seal: yes
> end

$ workplan list
! workplan: {tmp}/home/.config/workplan/config.yaml:3:3: khóa "office.seal" không có; dùng: superior, name, abbreviation, place, authority, title, signer, recipients, next-number
? 2

> file home/.config/workplan/config.yaml
user: [hoa, nam
> end

$ workplan list
! workplan: {tmp}/home/.config/workplan/config.yaml:2:1: không đọc được YAML: did not find expected ',' or ']'
? 2

> file home/.config/workplan/config.yaml
language: fr
> end

$ workplan list --lang en
! workplan: {tmp}/home/.config/workplan/config.yaml:1:11: no language "fr"; use vi or en
? 2

# keys: gives actions the officer's own keys: one key's name or a list. Every command reads the
# file, so a bad entry is said at its line and column before anything runs.
> file home/.config/workplan/config.yaml
keys:
  edit-due: t
  add-track: Ctrl-Y
  quit: [Q, Ctrl-Q]
> end

$ workplan list --status blocked
Kế hoạch thử năm 2021

0/2 nhiệm vụ.
? 0

> file home/.config/workplan/config.yaml
keys:
  edit-dew: t
> end

$ workplan list
! workplan: {tmp}/home/.config/workplan/config.yaml:2:3: không có thao tác "edit-dew" để gán phím; tên các thao tác có trong docs/config.md (ví dụ edit-due, add-track, quit)
? 2

> file home/.config/workplan/config.yaml
keys:
  edit-due: [t, Ctrl-1]
> end

$ workplan list --lang en
! workplan: {tmp}/home/.config/workplan/config.yaml:2:17: "Ctrl-1" is not a key's name; write keys like a, A, Space, Enter, Esc, Tab, Ctrl-R, F5, Up
? 2

# A key that was another action's only key would leave that action unreachable.
> file home/.config/workplan/config.yaml
keys:
  add-track: p
> end

$ workplan list
! workplan: {tmp}/home/.config/workplan/config.yaml:2:14: phím p là phím duy nhất của parent; hãy gán cho parent một phím khác
? 2

@ env WORKPLAN_CONFIG={tmp}/nowhere.yaml
$ workplan list
! workplan: {tmp}/nowhere.yaml: không có tệp cấu hình này (WORKPLAN_CONFIG chỉ đến nó)
? 2
