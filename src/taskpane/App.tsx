import { Body1, Title3 } from "@fluentui/react-components";

/** The pane's shell; its commands (insert, validate, consolidate, attainment) are wired in the add-in issue. */
export function App() {
  return (
    <main style={{ padding: 16 }}>
      <Title3>PressDX Planner</Title3>
      <Body1 as="p">Chỉ tiêu chuyển đổi số báo chí (Quyết định 348/QĐ-TTg).</Body1>
    </main>
  );
}
