import{A as e,D as t,E as n,Ft as r,G as i,J as a,M as o,O as s,T as c,X as l,b as u,ht as d,j as f,r as p,st as m,wt as h,zt as g}from"./vue-DyJ5l91p.js";import{t as _}from"./PageHeader-DoAFu_Bk.js";import{t as v}from"./button-CMP0Ui-v.js";import{t as y}from"./function-call-BOVA29r3.js";/* empty css            */import{D as b,k as x,w as S}from"./api-BHC81XKI.js";import{a as C,o as w}from"./format-D_UAZmZ6.js";var T=S(`
  query MyRecord {
    myRecord {
      learner { id name unit { name } }
      years {
        campaignId
        year
        campaignTitle
        points
        requiredPoints
        studyCompleted
        exemption
        bestScore
        outcome
        consequences
        attempts { kind score passed submittedAt autoSubmitted }
      }
    }
  }
`),E=S(`
  query MyCertificate($campaignId: ID!) {
    myCertificate(campaignId: $campaignId) { code verifyPath name unitName year score passedOn }
  }
`),D=S(`
  mutation CreateCertificateLink($campaignId: ID!, $unitId: ID) {
    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }
  }
`),O=S(`
  mutation CreateRecordLink($learnerId: ID!) {
    createRecordLink(learnerId: $learnerId) { url expiresAt }
  }
`),k={class:`page`},A={key:0,class:`card error-text`,role:`alert`},j={key:1,class:`card`,"aria-busy":`true`},M={class:`card muted`},N={key:0,class:`card muted`},P=[`aria-label`],F={class:`year-title`},I={class:`muted`},L={key:0},R={key:1,class:`attempts`},z={key:2,class:`muted`},B={key:3,class:`certificate`},V={class:`code`,"data-testid":`certificate-code`},H={class:`muted`},U=[`href`],W=p(o({__name:`RecordPage`,setup(o){let p=d(null),S=d({}),W=d(``),G=d(``),K={PASSED:`合格`,EXEMPTED:`免考`,NOT_REQUIRED:`无需参考`,IN_PROGRESS:`进行中`,FAILED:`不合格`,NOT_TAKEN:`未参考`},q={GRADE_DEFERRED:`暂缓确定考核等次`,NOT_EXCELLENT:`不得确定为优秀`},J={PENDING:`申请中`,APPROVED:`已批准`,REJECTED:`未批准`};i(async()=>{try{p.value=(await x(T)).myRecord;for(let e of p.value.years.filter(e=>e.outcome===`PASSED`)){let t=(await x(E,{campaignId:e.campaignId})).myCertificate;t&&(S.value[e.campaignId]=t)}}catch(e){W.value=b(e)}});function Y(e){let t=document.createElement(`a`);t.href=e,t.rel=`noopener`,document.body.appendChild(t),t.click(),t.remove()}async function X(e){G.value=e;try{Y((await x(D,{campaignId:e})).createCertificateLink.url)}catch(e){y(b(e))}finally{G.value=``}}async function Z(){if(p.value){G.value=`record`;try{Y((await x(O,{learnerId:p.value.learner.id})).createRecordLink.url)}catch(e){y(b(e))}finally{G.value=``}}}return(i,o)=>{var d,y;return a(),s(`div`,k,[f(_,{title:`学法档案`,back:`/me`}),W.value?(a(),s(`p`,A,g(W.value),1)):p.value?(a(),s(u,{key:2},[c(`p`,M,g(p.value.learner.name)+` · `+g((d=(y=p.value.learner.unit)==null?void 0:y.name)==null?`调动中`:d)+`。档案随本人保存，调动单位、跨年度都不会丢失。 `,1),p.value.years.length?t(``,!0):(a(),s(`p`,N,`还没有学法考法记录。`)),(a(!0),s(u,null,l(p.value.years,n=>{var i;return a(),s(`section`,{key:n.campaignId,class:`card year`,"aria-label":`${n.year} 年度`},[c(`h2`,F,[e(g(n.year)+` 年度 `,1),c(`span`,{class:r([`badge`,n.outcome.toLowerCase()])},g(K[n.outcome]),3)]),c(`p`,I,g(n.campaignTitle),1),c(`p`,null,`学习积分 `+g(n.points)+` / `+g(n.requiredPoints)+` `+g(n.studyCompleted?`（已完成）`:``),1),n.exemption?(a(),s(`p`,L,`免考申请：`+g((i=J[n.exemption])==null?n.exemption:i),1)):t(``,!0),n.attempts.length?(a(),s(`ul`,R,[(a(!0),s(u,null,l(n.attempts,(t,n)=>(a(),s(`li`,{key:n},[e(g(t.kind===`MAKEUP`?`补考`:`正式考试`)+` `+g(t.submittedAt?h(C)(t.submittedAt):``)+`： `,1),c(`strong`,null,g(t.score)+` 分`,1),e(` `+g(t.passed?`通过`:`未通过`)+g(t.autoSubmitted?`（到时自动交卷）`:``),1)]))),128))])):(a(),s(`p`,z,`本年度没有交卷记录。`)),(a(!0),s(u,null,l(n.consequences,e=>(a(),s(`p`,{key:e,class:`consequence`,role:`note`},g(q[e]),1))),128)),S.value[n.campaignId]?(a(),s(`div`,B,[c(`p`,null,[o[0]||(o[0]=e(`成绩证明验证码：`,-1)),c(`span`,V,g(S.value[n.campaignId].code),1)]),c(`p`,H,[e(` 考试日期 `+g(h(w)(S.value[n.campaignId].passedOn))+`。任何人可在 `,1),c(`a`,{href:S.value[n.campaignId].verifyPath,target:`_blank`,rel:`noopener`},`查验页面`,8,U),o[1]||(o[1]=e(` 核对真伪。 `,-1))]),f(h(v),{type:`primary`,block:``,loading:G.value===n.campaignId,onClick:e=>X(n.campaignId)},{default:m(()=>[...o[2]||(o[2]=[e(` 下载成绩证明（PDF） `,-1)])]),_:1},8,[`loading`,`onClick`])])):t(``,!0)],8,P)}),128)),p.value.years.length?(a(),n(h(v),{key:1,plain:``,type:`primary`,block:``,loading:G.value===`record`,onClick:Z},{default:m(()=>[...o[3]||(o[3]=[e(` 导出学法档案（Excel） `,-1)])]),_:1},8,[`loading`])):t(``,!0)],64)):(a(),s(`p`,j,`正在加载…`))])}}}),[[`__scopeId`,`data-v-98b15854`]]);export{W as default};