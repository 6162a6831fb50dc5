-- Drives Neovim's built-in LSP client (0.7+) against dist/server.js, headless.
-- Env: CALQUE_SERVER (dist/server.js), CALQUE_FILE (article to open), CALQUE_OUT (JSON result),
--      CALQUE_FIX_TITLE (code action to choose through vim.ui.select, like a user would).
local out = { diagnostics = {}, raw = {}, actions = {}, errors = {} }
local function finish()
  local f = io.open(os.getenv('CALQUE_OUT'), 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  local id = vim.lsp.start_client({
    cmd = { 'node', os.getenv('CALQUE_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(os.getenv('CALQUE_FILE'), ':h'),
    name = 'calque',
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        out.raw = result.diagnostics
        return default_publish(e, result, ctx, config)
      end,
    },
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('CALQUE_FILE')))
  vim.lsp.buf_attach_client(0, id)
  local got = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  if not got then table.insert(out.errors, 'no diagnostics within 60 s') return end
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(out.diagnostics, { lnum = d.lnum, col = d.col, source = d.source, message = d.message, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) })
  end
  out.raw_before = out.raw
  out.before = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  -- Put the cursor on the finding and run the code action the way a user does.
  local title = os.getenv('CALQUE_FIX_TITLE')
  local target
  for _, d in ipairs(out.raw_before) do
    for _, fx in ipairs((d.data or {}).fixes or {}) do
      if fx.title == title then target = d end
    end
  end
  if not target then table.insert(out.errors, 'no diagnostic with a fix titled ' .. tostring(title)) return end
  local line = vim.api.nvim_buf_get_lines(0, target.range.start.line, target.range.start.line + 1, false)[1]
  local bytecol = vim.str_byteindex(line, target.range.start.character, true)
  vim.api.nvim_win_set_cursor(0, { target.range.start.line + 1, bytecol })
  local chosen = false
  vim.ui.select = function(items, opts, on_choice)
    for i, item in ipairs(items) do
      local t = opts.format_item and opts.format_item(item) or tostring(item)
      table.insert(out.actions, t)
      if t == title and not chosen then
        chosen = true
        on_choice(item, i)
      end
    end
    if not chosen then on_choice(nil, nil) end
  end
  vim.lsp.buf.code_action()
  local tick = vim.api.nvim_buf_get_changedtick(0)
  vim.wait(30000, function() return vim.api.nvim_buf_get_changedtick(0) ~= tick end, 50)
  out.chosen = chosen
  out.after = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  -- After the edit the server re-checks: the fixed finding is gone.
  vim.wait(30000, function()
    for _, d in ipairs(out.raw) do
      if d.range.start.line == target.range.start.line and d.code == target.code then return false end
    end
    return true
  end, 50)
  out.raw_after = out.raw
end)
if not ok then table.insert(out.errors, tostring(err)) end
finish()
