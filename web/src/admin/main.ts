// Placeholder for the administrators' console (issue 15 builds it).
const root = document.getElementById('app')
if (root) root.textContent = '管理后台正在建设中。'
