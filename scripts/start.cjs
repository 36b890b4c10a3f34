#!/usr/bin/env node
// `npm start`: build the add-in and serve it on https://localhost:3000, after saying how to sideload it.
const { spawn } = require("node:child_process");
const path = require("node:path");

process.stdout.write(`PressDX Planner — serving the add-in on https://localhost:3000 (webpack-dev-server's self-signed certificate:
open https://localhost:3000/taskpane.html once in your browser and trust it).

Sideload manifest.xml (https://localhost:3000/manifest.xml, or the file in this folder):
  • Windows (Excel 2021+/Microsoft 365): share a folder, add it under File › Options › Trust Center › Trust Center Settings ›
    Trusted Add-in Catalogs (tick "Show in Menu"), copy manifest.xml there, restart Excel, then Insert › My Add-ins › Shared Folder.
  • Mac (Microsoft 365): copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel;
    it appears under Insert › My Add-ins.
  • Excel on the web: Insert › Add-ins › More Add-ins › My Add-ins › Upload My Add-in, and choose manifest.xml.
Office 2016/2019 cannot run this add-in: use Excel on the web, or the pressdx command line on .xlsx files.

`);
const webpack = path.join(__dirname, "..", "node_modules", "webpack-cli", "bin", "cli.js");
const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
