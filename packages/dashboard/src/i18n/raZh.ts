/**
 * Chinese for react-admin's own messages that @haxqer/ra-language-chinese (made for
 * react-admin 4) lacks or words in the version 4 way; merged over it.
 */
export const raZh = {
  ra: {
    action: {
      reset: '重置',
      search_columns: '搜索列',
      select_all_button: '全选',
      // Chinese has one plural form: the pack's "选中1项 |||| …" always read 1.
      bulk_actions: '已选中 %{smart_count} 项',
      remove_filter: '移除此条件',
      back: '返回',
    },
    page: {
      access_denied: '无权访问',
      authentication_error: '身份验证出错',
      show: '%{name}：%{recordRepresentation}',
      edit: '编辑%{name}：%{recordRepresentation}',
      create: '新建%{name}',
      list: '%{name}',
      empty: '还没有%{name}',
      invite: '要新建一个吗？',
      not_found: '未找到',
    },
    message: {
      access_denied: '您没有访问此页面的权限',
      authentication_error: '身份验证服务返回错误，无法核实您的登录信息。',
      select_all_limit_reached: '条目太多，无法全部选中，只选中了前 %{max} 项。',
      placeholder_data_warning: '网络问题：数据刷新失败。',
      delete_title: '删除%{name}「%{recordRepresentation}」',
      delete_content: '确定要删除这个%{name}吗？',
      invalid_form: '表单有误，请检查标红的字段',
      not_found: '网址有误，或者要找的记录不存在、已被删除，或不在您的管辖范围内。',
    },
    navigation: {
      clear_filters: '清除筛选条件',
      no_filtered_results: '没有符合当前筛选条件的%{name}',
      no_results: '没有找到%{name}',
      page_rows_per_page: '每页行数：',
      page_range_info: '第 %{offsetBegin}–%{offsetEnd} 条，共 %{total} 条',
      partial_page_range_info: '第 %{offsetBegin}–%{offsetEnd} 条，共超过 %{offsetEnd} 条',
      next: '下一页',
      previous: '上一页',
    },
    auth: {
      email: '电子邮箱',
      user_menu: '账户',
      logout: '退出登录',
      sign_in_error: '登录失败，请重试',
      auth_check_error: '请先登录',
    },
    notification: {
      offline: '网络不通，无法获取数据。',
      updated: '已保存 |||| 已保存 %{smart_count} 项',
      created: '已新建',
      deleted: '已删除 |||| 已删除 %{smart_count} 项',
      item_doesnt_exist: '记录不存在',
      http_error: '与服务器通信出错',
      logged_out: '登录已失效，请重新登录。',
      not_authorized: '您没有权限访问这项内容。',
    },
    validation: {
      unique: '不能重复',
      maxLength: '不能超过 %{max} 个字符',
    },
    configurable: {
      inspector: {
        title: '页面设置',
      },
    },
    guesser: {
      empty: {
        title: '没有可显示的数据',
        message: '请检查数据提供程序',
      },
    },
    // ra-input-rich-text's toolbar (its English words are the code's defaults).
    tiptap: {
      bold: '加粗',
      italic: '斜体',
      underline: '下划线',
      strike: '删除线',
      code: '代码',
      heading: '标题',
      heading2: '小标题',
      heading3: '三级标题',
      paragraph: '正文',
      select_level: '选择段落样式',
      current_level: '当前样式',
      list_bulleted: '项目符号列表',
      list_numbered: '编号列表',
      blockquote: '引用',
      link: '添加链接',
      clear_format: '清除格式',
      align_left: '左对齐',
      align_right: '右对齐',
      align_center: '居中',
      align_justify: '两端对齐',
      color: '文字颜色',
      highlight: '突出显示',
      image: '图片',
      image_dialog: '图片地址',
    },
  },
};
