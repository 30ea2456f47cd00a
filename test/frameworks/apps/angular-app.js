// Angular JIT (the test compiles templates in the browser with @angular/compiler; an app built with
// the Angular CLI compiles ahead of time and needs no eval). Decorators applied as calls: plain JS.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'chatkit-widgets';
import { firstWidget } from '../widgets.js';

export class WidgetHost {
  widget = signal(firstWidget);
  actions = [];
  onAction(event) {
    this.actions.push(event.detail.action.type);
  }
}
Component({
  selector: 'widget-host',
  standalone: true,
  // Lets Angular accept <ck-widget> and bind [widget] as a property.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: '<ck-widget [widget]="widget()" (ck-action)="onAction($event)"></ck-widget>',
})(WidgetHost);

export async function startAngular(host, providers) {
  host.append(document.createElement('widget-host'));
  const appRef = await bootstrapApplication(WidgetHost, { providers });
  const component = appRef.components[0].instance;
  return {
    actions: component.actions,
    replace: (widget) => {
      component.widget.set(widget);
      appRef.tick();
    },
    unmount: () => appRef.destroy(),
  };
}
