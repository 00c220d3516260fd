# init refuses to overwrite a plan the user already has: the file keeps every byte.

> file plan.md
# Kế hoạch của tôi
- [ ] Việc của tôi  id:A1
> end

$ workplan init
! workplan: đã có tệp hoặc thư mục tại "plan.md"; không ghi đè
? 1
= unchanged plan.md

# Nor does it replace a folder.
> file notes/readme.txt
ghi chú
> end

$ workplan init notes
! workplan: đã có tệp hoặc thư mục tại "notes"; không ghi đè
? 1
= unchanged notes/readme.txt
