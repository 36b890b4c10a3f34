/**
 * A second baseline of the bundle-size benchmark: a pane that renders the same Fluent UI components as the PressDX
 * pane, with none of PressDX's code. The PressDX pane against it is the weight of the project's own code (the
 * strategy, the rules, the use cases, the Office adapter, the pane's logic and texts).
 */
import { createRoot } from "react-dom/client";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Body1, Button, Caption1, Caption1Strong, Checkbox, Dropdown,
  Field, FluentProvider, Input, Label, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Option, Radio, RadioGroup,
  Spinner, Subtitle1, Subtitle2, Switch, Tab, TabList, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  ToggleButton, makeStyles, tokens, webLightTheme,
} from "@fluentui/react-components";

const useStyles = makeStyles({ pane: { padding: tokens.spacingHorizontalM } });

function Pane() {
  const styles = useStyles();
  return (
    <main className={styles.pane}>
      <Subtitle1>Pane</Subtitle1>
      <ToggleButton>A</ToggleButton>
      <TabList><Tab value="a">A</Tab></TabList>
      <MessageBar><MessageBarBody><MessageBarTitle>T</MessageBarTitle>B</MessageBarBody><MessageBarActions /></MessageBar>
      <Field label="f"><Input /></Field>
      <Dropdown><Option>o</Option></Dropdown>
      <Checkbox label="c" /><Switch label="s" />
      <RadioGroup><Radio value="r" label="r" /></RadioGroup>
      <Button>b</Button><Spinner /><Badge>1</Badge>
      <Label>l</Label><Body1>b</Body1><Caption1>c</Caption1><Caption1Strong>c</Caption1Strong><Subtitle2>s</Subtitle2>
      <Accordion><AccordionItem value="1"><AccordionHeader>h</AccordionHeader><AccordionPanel>p</AccordionPanel></AccordionItem></Accordion>
      <Table><TableHeader><TableRow><TableHeaderCell>h</TableHeaderCell></TableRow></TableHeader><TableBody><TableRow><TableCell>c</TableCell></TableRow></TableBody></Table>
    </main>
  );
}

const el = document.getElementById("root");
if (el) createRoot(el).render(<FluentProvider theme={webLightTheme}><Pane /></FluentProvider>);
