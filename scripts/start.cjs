#!/usr/bin/env node
// `npm start`: build the add-in and serve it on https://localhost:3000, after saying how to sideload it (the steps of
// Microsoft's "Sideload Office Add-ins" pages; README.md, "Sideloading", says the same with the links).
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const certs = path.join(os.homedir(), ".office-addin-dev-certs");
const trusted = ["localhost.key", "localhost.crt", "ca.crt"].every((f) => fs.existsSync(path.join(certs, f)));

process.stdout.write(`PressDX Planner — serving the add-in on https://localhost:3000
${
  trusted
    ? `Certificate: ${certs}/localhost.crt (from office-addin-dev-certs).`
    : `Certificate: none trusted yet. Office loads the pane only from a certificate the SYSTEM trusts (trusting it in a
browser is not enough). Once, on this computer, run:
    npx office-addin-dev-certs install
It adds a development authority to the trusted roots (Windows certificate store, macOS Keychain) and writes
${certs}; then start again. Until then the dev server uses a self-signed certificate Office will refuse.`
}

Sideload manifest.xml (in this folder) for testing:
  • Windows (Excel 2021 or later, Microsoft 365): share a folder, add its network path in File › Options › Trust Center ›
    Trust Center Settings › Trusted Add-in Catalogs (tick "Show in Menu"), restart Excel, copy manifest.xml into the
    share, then Home › Add-ins › More Add-ins (or Insert › My Add-ins) › SHARED FOLDER › PressDX Planner › Add.
  • Mac (Microsoft 365): copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ (create the
    folder if needed) and restart Excel; the add-in is under Insert › My Add-ins (the arrow) › Developer Add-ins.
  • Excel on the web: open a workbook, Home › Add-ins › More Add-ins (or Insert › Office Add-ins) › MY ADD-INS ›
    Manage My Add-ins › Upload My Add-in, and choose manifest.xml.
Office 2016/2019 cannot run this add-in: use Excel on the web, or the pressdx command line on .xlsx files.
For everyone in an organisation: README.md, "Production deployment" (Microsoft 365 admin center › Integrated apps).

`);
const webpack = path.join(__dirname, "..", "node_modules", "webpack-cli", "bin", "cli.js");
const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
