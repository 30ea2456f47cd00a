// A `.widget` file (what chatkit-python's WidgetTemplate loads) and the data it is built with.
export const widgetFile = JSON.stringify({
  version: '1.0',
  name: 'order_summary',
  template: `{"type":"Card","children":[
    {"type":"Title","value":{{ title | tojson }}},
    {"type":"ListView","children":[
      {%- for item in items -%}
      {"type":"ListViewItem","key":{{ item.sku | tojson }},"children":[
        {"type":"Text","value":{{ item.name | tojson }}},
        {"type":"Spacer"},
        {"type":"Badge","label":{{ ("%d x %.2f" | format(item.qty, item.price)) | tojson }}}
      ]}{{ "," if not loop.last }}
      {%- endfor -%}
    ]},
    {"type":"Caption","value":{{ ("Total: %.2f" | format(items | sum(attribute="line"))) | tojson }}}
  ]}`,
});

export const templateData = {
  title: 'Order summary <built from a template>',
  items: [
    { sku: 'a1', name: 'Espresso beans', qty: 2, price: 12.5, line: 25 },
    { sku: 'b2', name: 'Paper filters', qty: 1, price: 4.25, line: 4.25 },
  ],
};
