/**
 * The baseline of the bundle-size benchmark: a bare React + Fluent UI v9 pane (a provider, tabs, a button, a message
 * bar), built by the project's own webpack config (`webpack --env bare`). The real pane is compared with it.
 */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, MessageBar, Tab, TabList, webLightTheme } from "@fluentui/react-components";

const el = document.getElementById("root");
if (el) {
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <TabList>
        <Tab value="a">A</Tab>
        <Tab value="b">B</Tab>
      </TabList>
      <Button appearance="primary">OK</Button>
      <MessageBar>Text</MessageBar>
    </FluentProvider>,
  );
}
